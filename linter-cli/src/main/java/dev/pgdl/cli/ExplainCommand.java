package dev.pgdl.cli;

import dev.pgdl.core.api.ExitCode;
import dev.pgdl.core.api.Pgdl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pgdl explain RULE}: a rule's full documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a rule's documentation: what it checks, why, options, examples, how to suppress.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RULE", description = "The rule id, such as types/banned-type.")
    private String ruleId;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language: en or ja (default: the system's language when it is Japanese, else en).")
    private Language language = Language.fromSystem();

    @Override
    public Integer call() {
        Pgdl pgdl = PgdlCommand.pgdl();
        Optional<String> page = pgdl.explain(ruleId, language.locale());
        if (page.isEmpty()) {
            spec.commandLine().getErr().println("error: unknown rule '" + ruleId + "'"
                    + pgdl.closestRuleId(ruleId).map(id -> "; did you mean '" + id + "'?").orElse("")
                    + " (pgdl rules lists them all)");
            return ExitCode.USAGE_ERROR.code();
        }
        spec.commandLine().getOut().print(page.get());
        spec.commandLine().getOut().flush();
        return ExitCode.SUCCESS.code();
    }
}

package dev.pgdl.cli;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pgdl check PATH...}: lint SQL files and report the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint .sql files and directories (searched recursively).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".sql files and directories")
    private List<Path> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: en or ja (default: the system's language when it is Japanese, else en).")
    private Language language = Language.fromSystem();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: pgdl.yml in the working directory, if present).")
    private Path config;

    @Override
    public Integer call() {
        CheckRequest request = new CheckRequest(paths, Path.of(""), Optional.ofNullable(config), format, failOn,
                Optional.ofNullable(output), language.locale());
        CheckResult result = new Pgdl().check(request, spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        result.errors().forEach(err::println);
        err.flush();
        return result.exitCode().code();
    }
}

package dev.pgdl.cli;

import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;

/** {@code pgdl rules}: every rule with its default severity and summary, or the default rule set as YAML. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule with its default severity and summary.")
final class RulesCommand implements Runnable {

    enum Format { TEXT, YAML }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or yaml (the default rule set, as in rules.yml) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public void run() {
        Pgdl pgdl = PgdlCommand.pgdl();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.YAML) {
            out.print(pgdl.defaultRuleSet());
        } else {
            printTable(pgdl.rules(), out);
        }
        out.flush();
    }

    private static void printTable(List<RuleInfo> rules, PrintWriter out) {
        int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        String row = "%-" + idWidth + "s  %-7s  %s%n";
        for (RuleInfo rule : rules) {
            out.printf(row, rule.id(), rule.defaultSeverity(), rule.summary());
        }
    }
}

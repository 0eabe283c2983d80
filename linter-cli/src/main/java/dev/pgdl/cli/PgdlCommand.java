package dev.pgdl.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code pgdl} command: a thin picocli shell over {@link dev.pgdl.core.api.Pgdl}. */
@Command(name = "pgdl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CheckCommand.class, AuditCommand.class, BaselineCommand.class, RulesCommand.class,
                ExplainCommand.class, DocsCommand.class},
        description = "PostgreSQL schema design linter.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or configuration error;",
                "3 an input could not be read."})
public final class PgdlCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        // reports carry Japanese guideline headings and identifiers, whatever the platform charset
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /** The configured command line, for {@link #main} and for tests that run it in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new PgdlCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: check, audit, baseline, rules, explain or docs");
    }
}

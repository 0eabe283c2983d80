package dev.pgdl.cli;

import dev.pgdl.core.api.Pgdl;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** The {@code pgdl} command: a thin picocli shell over {@link dev.pgdl.core.api.Pgdl}. */
@Command(name = "pgdl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "PostgreSQL schema design linter.",
        footer = {"", "Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage or configuration error;",
                "3 an input could not be read."})
public final class PgdlCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** The subcommands, in the order the help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(CheckCommand.class, AuditCommand.class,
            BaselineCommand.class, RulesCommand.class, ExplainCommand.class, DocsCommand.class);

    /** The entry point of this process, when {@link #main} started preparing it; else each command makes its own. */
    private static volatile FutureTask<Pgdl> prepared;

    public static void main(String[] args) {
        // the rules are loaded on the other core while picocli builds the command line
        prepared = new FutureTask<>(Pgdl::new);
        Thread preparing = new Thread(prepared, "pgdl-prepare");
        preparing.setDaemon(true);
        preparing.start();
        CommandLine commandLine = commandLine(args);
        // reports carry Japanese guideline headings and identifiers, whatever the platform charset
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        System.exit(commandLine.execute(args));
    }

    /**
     * The configured command line for these arguments, for {@link #main} and for tests that run it
     * in-process. When they name a subcommand, only that one is built: picocli models a command by
     * reflection, which for all six costs a short run a tenth of a second; the help, the version and
     * a mistyped command get them all.
     */
    public static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new PgdlCommand());
        List<Class<?>> named = SUBCOMMANDS.stream()
                .filter(command -> args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        (named.isEmpty() ? SUBCOMMANDS : named).forEach(commandLine::addSubcommand);
        return commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    }

    /** pgdl's entry point for a command: the one {@link #main} prepared, or a new one. */
    static Pgdl pgdl() {
        FutureTask<Pgdl> task = prepared;
        if (task == null) {
            return new Pgdl();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Pgdl();
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: check, audit, baseline, rules, explain or docs");
    }
}

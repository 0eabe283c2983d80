package dev.pgdl.cli;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.ReportOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pgdl baseline PATH... --output pgdl-baseline.json} (or {@code --url} for a database):
 * record the current findings, so that {@code --baseline} fails only on new ones; {@code --prune}
 * removes what has been fixed since.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Record the current findings of .sql files (or of a database with --url) in a baseline file.",
                "check and audit with --baseline FILE then report and fail only on findings not in it."})
final class BaselineCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ArgGroup(multiplicity = "1")
    private Source source;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "pgdl-baseline.json",
            description = "The baseline file (default: ${DEFAULT-VALUE}).")
    private Path output;

    @Option(names = "--prune", description = "Only remove the entries of the baseline file that are no longer found.")
    private boolean prune;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: pgdl.yml in the working directory, if present).")
    private Path config;

    /** Files or a database, not both. */
    static final class Source {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = ".sql files and directories")
        private List<Path> paths;

        @ArgGroup(exclusive = false)
        private DatabaseOptions database;
    }

    @Override
    public Integer call() {
        ReportOptions defaults = ReportOptions.defaults();
        ReportOptions options = new ReportOptions(defaults.workingDirectory(), Optional.ofNullable(config),
                defaults.reports(), defaults.failOn(), defaults.language(), false, Optional.empty());
        Pgdl pgdl = PgdlCommand.pgdl();
        CheckResult result = source.paths != null
                ? pgdl.baseline(new CheckRequest(source.paths, options), output, prune, spec.commandLine().getOut())
                : pgdl.baseline(source.database.toRequest(options), output, prune, spec.commandLine().getOut());
        return Errors.print(result, spec);
    }
}

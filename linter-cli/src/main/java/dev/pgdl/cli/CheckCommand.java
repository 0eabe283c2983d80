package dev.pgdl.cli;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.Pgdl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pgdl check PATH...}: lint SQL files and report the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Lint .sql files and directories (searched recursively).")
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".sql files and directories")
    private List<Path> paths;

    @Mixin
    private ReportOptionsMixin report;

    @Override
    public Integer call() {
        return Errors.print(new Pgdl().check(new CheckRequest(paths, report.toReportOptions()),
                spec.commandLine().getOut()), spec);
    }
}

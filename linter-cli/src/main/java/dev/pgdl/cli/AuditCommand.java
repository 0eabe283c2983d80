package dev.pgdl.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code pgdl audit --url JDBC_URL}: lint a live database through its catalog; the database is only read. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lint a live PostgreSQL database through its catalog (read-only).",
                "The password comes from --password-file, else PGPASSWORD, else ~/.pgpass; never from an argument."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private ReportOptionsMixin report;

    @Override
    public Integer call() {
        return Errors.print(PgdlCommand.pgdl().audit(database.toRequest(report.toReportOptions()), spec.commandLine().getOut()),
                spec);
    }
}

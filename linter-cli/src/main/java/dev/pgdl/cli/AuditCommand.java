package dev.pgdl.cli;

import dev.pgdl.core.api.AuditRequest;
import dev.pgdl.core.api.Pgdl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pgdl audit --url JDBC_URL}: lint a live database through its catalog; the database is only read. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lint a live PostgreSQL database through its catalog (read-only).",
                "The password comes from --password-file, else PGPASSWORD, else ~/.pgpass; never from an argument."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
            description = {"The database, such as jdbc:postgresql://localhost:5432/app.",
                    "Repeat to audit several databases in parallel; each finding then names its database."})
    private List<String> urls;

    @Option(names = "--user", paramLabel = "USER", description = "The role to connect as.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    private Path passwordFile;

    @Mixin
    private ReportOptionsMixin report;

    @Override
    public Integer call() {
        AuditRequest request = new AuditRequest(urls, Optional.ofNullable(user), Optional.ofNullable(passwordFile),
                report.toReportOptions());
        return Errors.print(new Pgdl().audit(request, spec.commandLine().getOut()), spec);
    }
}

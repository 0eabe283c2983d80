package dev.pgdl.cli;

import dev.pgdl.core.api.AuditRequest;
import dev.pgdl.core.api.ReportOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The databases of an audit: URLs and role; the password never comes from an argument. */
final class DatabaseOptions {

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL",
            description = {"The database, such as jdbc:postgresql://localhost:5432/app.",
                    "Repeat to audit several databases in parallel; each finding then names its database."})
    private List<String> urls;

    @Option(names = "--user", paramLabel = "USER", description = "The role to connect as.")
    private String user;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Lint only this schema (repeatable); roles, grants and extensions are always checked.")
    private List<String> schemas = List.of();

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    private Path passwordFile;

    AuditRequest toRequest(ReportOptions options) {
        return new AuditRequest(urls, Optional.ofNullable(user), Optional.ofNullable(passwordFile), options)
                .withSchemas(schemas);
    }
}

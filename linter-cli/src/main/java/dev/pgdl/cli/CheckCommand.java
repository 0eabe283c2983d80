package dev.pgdl.cli;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.Engine;
import dev.pgdl.core.api.MigrationOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code pgdl check PATH...}: lint SQL files and migration sets and report the findings. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Lint .sql files and directories (searched recursively for .sql and .sql.postgres files).",
                "A directory whose files are all named as Flyway (V1__x.sql) or golang-migrate (000001_x.up.sql) "
                        + "migrations, or the --migrations directory, is read as a migration set: file by file in "
                        + "migration order, with the migration rules on each file and the schema rules on the result."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = ".sql files and directories")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--migrations", paramLabel = "DIR",
            description = "A migration set: Flyway, golang-migrate, or any files in natural order (2 before 10).")
    private Path migrations;

    @Option(names = "--list", description = "Print the order the migration files will be read in, and stop.")
    private boolean list;

    @Option(names = "--placeholder", paramLabel = "NAME=VALUE",
            description = "A Flyway placeholder: ${NAME} in migrations becomes VALUE (repeatable).")
    private Map<String, String> placeholders = new LinkedHashMap<>();

    @Option(names = "--include-undo", description = "Check Flyway undo (U) migrations too, after the others.")
    private boolean includeUndo;

    @Option(names = "--base-schema", paramLabel = "FILE",
            description = "A schema dump that exists before the first migration (repeatable, read in order).")
    private List<Path> baseSchemas = new ArrayList<>();

    @Option(names = "--base-url", paramLabel = "JDBC_URL",
            description = "A live database whose schema exists before the first migration (read-only).")
    private String baseUrl;

    @Option(names = "--user", paramLabel = "USER", description = "The role to connect to --base-url as.")
    private String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the --base-url password (else PGPASSWORD, else ~/.pgpass).")
    private Path passwordFile;

    @Option(names = "--changed-since", paramLabel = "GIT_REF",
            description = "Report only findings in files added or changed since this git revision "
                    + "(everything is still read).")
    private String changedSince;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Leave out the files of searched directories that GLOB matches, as .gitignore reads it: "
                    + "a name at any depth (audit, *.down.sql) or a path from the directory (patches/audit) "
                    + "(repeatable; adds to exclude: in pgdl.yml).")
    private List<String> exclude = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "ddl",
            description = "What reads the SQL files: ddl (pgdl's reader, default) or postgres (deep mode: a throwaway"
                    + " embedded PostgreSQL runs them and its catalog is linted).")
    private Engine engine;

    @Mixin
    private ReportOptionsMixin report;

    @Override
    public Integer call() {
        if (paths.isEmpty() && migrations == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: PATH (or --migrations DIR)");
        }
        MigrationOptions migrationOptions = new MigrationOptions(Optional.ofNullable(migrations), baseSchemas,
                Optional.ofNullable(baseUrl), Optional.ofNullable(user), Optional.ofNullable(passwordFile),
                placeholders, includeUndo);
        CheckRequest request = new CheckRequest(paths, report.toReportOptions(), migrationOptions,
                Optional.ofNullable(changedSince), exclude, engine);
        CheckResult result = list ? PgdlCommand.pgdl().listMigrations(request, spec.commandLine().getOut())
                : PgdlCommand.pgdl().check(request, spec.commandLine().getOut());
        return Errors.print(result, spec);
    }
}

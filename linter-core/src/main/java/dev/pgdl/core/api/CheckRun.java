package dev.pgdl.core.api;

import dev.pgdl.core.catalog.CatalogException;
import dev.pgdl.core.catalog.CatalogReader;
import dev.pgdl.core.catalog.ConnectionSettings;
import dev.pgdl.core.config.FileExcludes;
import dev.pgdl.core.ddl.DdlReadResult;
import dev.pgdl.core.ddl.DdlReader;
import dev.pgdl.core.ddl.DirectiveComments;
import dev.pgdl.core.ddl.MigrationReadResult;
import dev.pgdl.core.ddl.MigrationReader;
import dev.pgdl.core.ddl.ParseProblem;
import dev.pgdl.core.ddl.SqlFile;
import dev.pgdl.core.engine.Diagnostics;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.MigrationLinter;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.engine.Suppressions;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Rule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One {@code check}: plain SQL files are read together into one schema; each migration set is read
 * on its own, file by file from its base, its files checked by the migration rules and its final
 * state by the schema rules. Ignore comments then silence what they name; with
 * {@code --changed-since}, only findings in changed files remain. In deep mode a throwaway
 * PostgreSQL reads the plain files instead (migration sets are still read by pgdl).
 */
final class CheckRun {

    /** What a check found, the files it read, how much it read, and one line per input that could not be read. */
    /** {@code schemas}: the schema of the plain files and the final state of each migration set. */
    record Outcome(List<Finding> findings, List<String> files, int statements, int unparsed, List<String> errors,
                   List<Schema> schemas) {
    }

    private final List<Rule> rules;
    private final LintConfig config;
    private final Suppressions suppressions;
    private final FileExcludes excludes;
    private final CheckRequest request;
    private final List<String> errors = new ArrayList<>();
    private final List<Schema> schemas = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<SqlFile> sources = new ArrayList<>();
    private int statements;
    private int unparsed;

    CheckRun(List<Rule> rules, LintConfig config, Suppressions suppressions, FileExcludes excludes,
             CheckRequest request) {
        this.rules = rules;
        this.config = config;
        this.suppressions = suppressions;
        this.excludes = excludes;
        this.request = request;
    }

    Outcome run() {
        MigrationSets.Inputs inputs = MigrationSets.find(request, config.placeholders(), excludes);
        errors.addAll(inputs.errors());
        if (!inputs.plainFiles().isEmpty() || inputs.sets().isEmpty()) {
            lint(new DdlReader().read(inputs.plainFiles()), inputs.plainFiles());
        }
        if (!inputs.sets().isEmpty()) {
            Optional<Schema> base = baseSchema();
            List<SqlFile> baseFiles = baseFiles();
            for (MigrationSets.MigrationSet set : inputs.sets()) {
                MigrationReadResult read = new MigrationReader().read(base.orElse(Schema.EMPTY), baseFiles, set.files());
                lint(read.read(), Stream.concat(baseFiles.stream(), set.files().stream()).toList());
                // what each migration does to existing tables is known from the files, deep mode or not
                findings.addAll(new MigrationLinter(rules, config).lint(read.migrations()));
            }
        }
        List<Finding> reported = changedOnly(suppressions.apply(findings, DirectiveComments.of(sources)));
        return new Outcome(reported, sources.stream().map(SqlFile::path).toList(), statements, unparsed, errors,
                schemas);
    }

    /** The files' schema findings: from what pgdl read, or in deep mode from what PostgreSQL built. */
    private void lint(DdlReadResult read, List<SqlFile> files) {
        if (request.engine() == Engine.POSTGRES) {
            addDeep(read, files);
        } else {
            add(read, files);
        }
    }

    private void add(DdlReadResult read, List<SqlFile> files) {
        sources.addAll(files);
        statements += read.statements();
        unparsed += read.problems().size();
        read.problems().stream().map(this::unsupported).flatMap(Optional::stream).forEach(findings::add);
        findings.addAll(new SchemaLinter(rules, config).lint(read.schema()));
        schemas.add(read.schema());
    }

    /** Deep mode: PostgreSQL reads the files; the DDL reader only tells where each object was declared. */
    private void addDeep(DdlReadResult read, List<SqlFile> files) {
        sources.addAll(files);
        statements += read.statements();
        try {
            findings.addAll(DeepCheck.lint(files, read.schema(), rules, config));
        } catch (CatalogException e) {
            errors.add("error: " + e.getMessage());
        }
    }

    /** The finding for a statement nobody could parse, unless {@code parse/unsupported} is off. */
    private Optional<Finding> unsupported(ParseProblem problem) {
        return Optional.ofNullable(Diagnostics.parseUnsupported(problem.location(), problem.object(),
                problem.statementKind(), problem.reason(), config));
    }

    private List<SqlFile> baseFiles() {
        if (request.migrations().baseSchemas().isEmpty()) {
            return List.of();
        }
        InputFiles.Inputs inputs = InputFiles.read(request.migrations().baseSchemas(), request.workingDirectory(),
                excludes);
        errors.addAll(inputs.errors());
        return inputs.files();
    }

    private Optional<Schema> baseSchema() {
        MigrationOptions options = request.migrations();
        if (options.baseUrl().isEmpty()) {
            return Optional.empty();
        }
        String url = options.baseUrl().get();
        AuditRequest database = new AuditRequest(List.of(url), options.user(), options.passwordFile(),
                request.options());
        ConnectionSettings settings = new ConnectionSettings(url, database.user(), Optional.empty());
        try {
            settings = Database.settings(url, database);
            return Optional.of(new CatalogReader().read(settings).schema());
        } catch (CatalogException | IOException e) {
            errors.add(settings.displayUrl() + ": error: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A directory inside the git repository of the checked files: that of the first input. */
    private Path repositoryDirectory() {
        Path first = request.workingDirectory().resolve(request.migrations().directory()
                .orElse(request.paths().isEmpty() ? Path.of("") : request.paths().get(0)));
        return Files.isDirectory(first) || first.getParent() == null ? first : first.getParent();
    }

    private List<Finding> changedOnly(List<Finding> all) {
        if (request.changedSince().isEmpty()) {
            return all;
        }
        try {
            ChangedFiles changed = ChangedFiles.since(request.changedSince().get(), repositoryDirectory());
            return all.stream().filter(f -> f.location().isKnown()
                    && changed.contains(request.workingDirectory().resolve(f.location().file()))).toList();
        } catch (IOException e) {
            errors.add("--changed-since " + request.changedSince().get() + ": error: " + e.getMessage());
            return all;
        }
    }
}

package dev.pgdl.maven;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.MigrationOptions;
import dev.pgdl.core.api.Pgdl;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lints the project's SQL files, by default its Flyway migrations, as {@code pgdl check} does, and
 * fails the build on findings at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractPgdlMojo {

    /** The directory of the SQL files to lint. */
    @Parameter(property = "pgdl.sources", defaultValue = "${project.basedir}/src/main/resources/db/migration")
    File sources;

    /** Ant patterns of the files to lint, relative to {@code sources}; by default every {@code .sql} file. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Ant patterns of files not to lint, relative to {@code sources}. */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /**
     * Whether {@code sources} is a migration set, read in version order with the migration rules:
     * {@code true}, {@code false}, or (the default) when all the files the includes and excludes
     * select are named as versioned migrations ({@code V1__x.sql}, {@code 000001_x.up.sql}).
     */
    @Parameter(property = "pgdl.migrations")
    Boolean migrations;

    /** Flyway placeholders, {@code <name>value</name>}, substituted for {@code ${name}} in migrations. */
    @Parameter
    Map<String, String> placeholders = new HashMap<>();

    @Override
    Optional<Linting> linting(Pgdl pgdl) {
        if (!sources.isDirectory()) {
            getLog().info("pgdl: no SQL sources to lint, " + sources + " is not a directory");
            return Optional.empty();
        }
        Path base = basedir.toPath();
        SourceFiles selection = SourceFiles.select(sources.toPath(), includes, excludes);
        List<Path> files = selection.relativeTo(base);
        if (files.isEmpty()) {
            getLog().info("pgdl: no SQL files in " + sources + " match the includes");
            return Optional.empty();
        }
        Path directory = base.relativize(sources.toPath());
        if (Boolean.FALSE.equals(migrations)) {
            return Optional.of((options, out) -> pgdl.check(new CheckRequest(files, options), out));
        }
        // pgdl reads a migration set (or finds one) as a whole directory: what the patterns leave out is excluded
        List<String> leftOut = selection.leftOutAsExcludeGlobs();
        MigrationOptions migrationOptions = new MigrationOptions(Boolean.TRUE.equals(migrations)
                ? Optional.of(directory) : Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), placeholders, false);
        List<Path> paths = Boolean.TRUE.equals(migrations) ? List.of() : List.of(directory);
        return Optional.of((options, out) -> pgdl.check(new CheckRequest(paths, options, migrationOptions,
                Optional.empty(), leftOut), out));
    }
}

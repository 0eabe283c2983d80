package dev.pgdl.maven;

import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.Pgdl;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    Optional<Linting> linting(Pgdl pgdl) {
        if (!sources.isDirectory()) {
            getLog().info("pgdl: no SQL sources to lint, " + sources + " is not a directory");
            return Optional.empty();
        }
        Path base = basedir.toPath();
        List<Path> files = SourceFiles.select(base, sources.toPath(), includes, excludes);
        if (files.isEmpty()) {
            getLog().info("pgdl: no SQL files in " + sources + " match the includes");
            return Optional.empty();
        }
        return Optional.of((options, out) -> pgdl.check(new CheckRequest(files, options.workingDirectory(),
                options.configFile(), options.format(), options.failOn(), options.output(), options.language()), out));
    }
}

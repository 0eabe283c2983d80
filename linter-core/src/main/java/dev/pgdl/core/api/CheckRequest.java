package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to check and how to report it; the same for every front end.
 *
 * @param paths        {@code .sql} files and directories (searched recursively), relative to the working directory
 * @param migrations   how migration sets are read
 * @param changedSince a git revision: report only findings in files added or changed since it
 * @param exclude      globs of files to leave out of the directories searched, added to the configuration's
 *                     (see {@link dev.pgdl.core.config.FileExcludes})
 * @param engine       what reads the plain SQL files: pgdl's DDL reader, or PostgreSQL itself (deep mode)
 */
public record CheckRequest(List<Path> paths, ReportOptions options, MigrationOptions migrations,
                           Optional<String> changedSince, List<String> exclude, Engine engine) {

    public CheckRequest {
        paths = List.copyOf(paths);
        exclude = List.copyOf(exclude);
    }

    public CheckRequest(List<Path> paths, ReportOptions options, MigrationOptions migrations,
                        Optional<String> changedSince, List<String> exclude) {
        this(paths, options, migrations, changedSince, exclude, Engine.DDL);
    }

    public CheckRequest(List<Path> paths, ReportOptions options) {
        this(paths, options, MigrationOptions.NONE, Optional.empty(), List.of());
    }

    /** Where relative paths start and where {@code pgdl.yml} is looked for. */
    public Path workingDirectory() {
        return options.workingDirectory();
    }

    /** Checks {@code paths} from the current directory with the defaults: text report, fail on errors. */
    public static CheckRequest of(List<Path> paths) {
        return new CheckRequest(paths, ReportOptions.defaults());
    }
}

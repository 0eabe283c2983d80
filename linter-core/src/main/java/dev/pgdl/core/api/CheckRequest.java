package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What to check and how to report it; the same for every front end.
 *
 * @param paths {@code .sql} files and directories (searched recursively), relative to the working directory
 */
public record CheckRequest(List<Path> paths, ReportOptions options) {

    public CheckRequest {
        paths = List.copyOf(paths);
    }

    /** Checks {@code paths} from the current directory with the defaults: text report, fail on errors. */
    public static CheckRequest of(List<Path> paths) {
        return new CheckRequest(paths, ReportOptions.defaults());
    }
}

package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One report of a run: its format and where it goes ({@code sarif=target/pgdl.sarif}); without a
 * file, to the caller's standard output.
 */
public record ReportTarget(ReportFormat format, Optional<Path> output) {

    public static ReportTarget standardOutput(ReportFormat format) {
        return new ReportTarget(format, Optional.empty());
    }
}

package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How any run is configured and reported, whatever it lints (files or a database).
 *
 * @param workingDirectory where relative paths start and where {@code pgdl.yml} is looked for
 * @param configFile       the configuration; without it, {@code pgdl.yml} in the working directory if there is one
 * @param reports          the reports to write, each in its format to its file or the standard output
 * @param language         the language of messages: English, or Japanese ({@link Locale#JAPANESE})
 * @param showSuppressed   whether reports that can mark them list the findings silenced by ignore comments
 * @param baseline         a baseline file: its findings are left out of reports and the exit code
 */
public record ReportOptions(Path workingDirectory, Optional<Path> configFile, List<ReportTarget> reports,
                            FailOn failOn, Locale language, boolean showSuppressed, Optional<Path> baseline) {

    public ReportOptions {
        reports = List.copyOf(reports);
    }

    /** From the current directory: a text report on standard output, fail on errors, English, no baseline. */
    public static ReportOptions defaults() {
        return new ReportOptions(Path.of(""), Optional.empty(), List.of(ReportTarget.standardOutput(ReportFormat.TEXT)),
                FailOn.ERROR, Locale.ENGLISH, false, Optional.empty());
    }
}

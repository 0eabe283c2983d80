package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What to check and how to report it; the same for every front end.
 *
 * @param paths            {@code .sql} files and directories (searched recursively), relative to the working directory
 * @param workingDirectory where relative paths start and where {@code pgdl.yml} is looked for
 * @param configFile       the configuration; without it, {@code pgdl.yml} in the working directory if there is one
 * @param output           where the report goes; without it, to the caller's standard output
 * @param language         the language of messages: English, or Japanese ({@link Locale#JAPANESE})
 * @param migrations       how migration sets are read
 * @param changedSince     a git revision: report only findings in files added or changed since it
 */
public record CheckRequest(List<Path> paths, Path workingDirectory, Optional<Path> configFile, ReportFormat format,
                           FailOn failOn, Optional<Path> output, Locale language, MigrationOptions migrations,
                           Optional<String> changedSince) {

    public CheckRequest {
        paths = List.copyOf(paths);
    }

    public CheckRequest(List<Path> paths, Path workingDirectory, Optional<Path> configFile, ReportFormat format,
                        FailOn failOn, Optional<Path> output, Locale language) {
        this(paths, workingDirectory, configFile, format, failOn, output, language, MigrationOptions.NONE,
                Optional.empty());
    }

    public ReportOptions reportOptions() {
        return new ReportOptions(workingDirectory, configFile, format, failOn, output, language);
    }

    /** Checks {@code paths} from the current directory with the defaults: text report, fail on errors. */
    public static CheckRequest of(List<Path> paths) {
        return new CheckRequest(paths, Path.of(""), Optional.empty(), ReportFormat.TEXT, FailOn.ERROR,
                Optional.empty(), Locale.ENGLISH);
    }
}

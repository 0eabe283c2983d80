package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How any run is configured and reported, whatever it lints (files or a database).
 *
 * @param workingDirectory where relative paths start and where {@code pgdl.yml} is looked for
 * @param configFile       the configuration; without it, {@code pgdl.yml} in the working directory if there is one
 * @param output           where the report goes; without it, to the caller's standard output
 * @param language         the language of messages: English, or Japanese ({@link Locale#JAPANESE})
 */
public record ReportOptions(Path workingDirectory, Optional<Path> configFile, ReportFormat format, FailOn failOn,
                            Optional<Path> output, Locale language) {
}

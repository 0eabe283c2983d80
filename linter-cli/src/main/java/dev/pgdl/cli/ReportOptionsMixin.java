package dev.pgdl.cli;

import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportOptions;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;

/** The options of every command that lints: report format and file, failure threshold, configuration, language. */
final class ReportOptionsMixin {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text or json (default: ${DEFAULT-VALUE}).")
    private ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: error, warning, info or never "
                    + "(default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of messages: en or ja (default: the system's language when it is Japanese, else en).")
    private Language language = Language.fromSystem();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: pgdl.yml in the working directory, if present).")
    private Path config;

    ReportOptions toReportOptions() {
        return new ReportOptions(Path.of(""), Optional.ofNullable(config), format, failOn, Optional.ofNullable(output),
                language.locale());
    }
}

package dev.pgdl.cli;

import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportOptions;
import dev.pgdl.core.api.ReportTarget;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The options of every command that lints: report formats and files, failure threshold,
 * configuration, language, suppressed findings and baseline.
 */
final class ReportOptionsMixin {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT[=FILE]", converter = ReportTargetConverter.class,
            description = "Report format, repeatable, each to its own FILE or standard output: text, json, sarif, "
                    + "junit, checkstyle, github, gitlab or html (default: text). Example: --format sarif=pgdl.sarif "
                    + "--format text.")
    private List<ReportTarget> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the report whose --format names no file to FILE instead of standard output.")
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

    @Option(names = "--show-suppressed",
            description = "List the findings silenced by -- pgdl:ignore comments (text, json and sarif reports).")
    private boolean showSuppressed;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Report and fail only on findings not in this baseline (written by pgdl baseline).")
    private Path baseline;

    ReportOptions toReportOptions() {
        return new ReportOptions(Path.of(""), Optional.ofNullable(config), targets(), failOn, language.locale(),
                showSuppressed, Optional.ofNullable(baseline));
    }

    /** Each format once; at most one without a file, which goes to --output or standard output. */
    private List<ReportTarget> targets() {
        List<ReportTarget> given = formats.isEmpty() ? List.of(ReportTarget.standardOutput(ReportFormat.TEXT)) : formats;
        List<ReportTarget> targets = new ArrayList<>();
        int withoutFile = 0;
        for (ReportTarget target : given) {
            if (target.output().isEmpty()) {
                withoutFile++;
                targets.add(new ReportTarget(target.format(), Optional.ofNullable(output)));
            } else {
                targets.add(target);
            }
        }
        if (withoutFile > 1) {
            throw new ParameterException(spec.commandLine(), "Only one --format can go to "
                    + (output == null ? "standard output" : output) + "; give the others a file, such as "
                    + "--format sarif=pgdl.sarif");
        }
        return targets;
    }
}

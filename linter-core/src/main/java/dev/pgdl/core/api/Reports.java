package dev.pgdl.core.api;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.report.ConfigurationSummary;
import dev.pgdl.core.report.ReportContext;
import dev.pgdl.core.report.ReportWriter;
import dev.pgdl.core.report.RunDescription;
import dev.pgdl.core.report.Summary;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a run's reports, each in its format to its file (directories created) or to the standard
 * output. A report that cannot be written is an error line; the others are still written.
 */
final class Reports {

    private Reports() {
    }

    /** One error line per report that could not be written; {@code baselined}: the findings the baseline accepted. */
    static List<String> write(ReportOptions options, RuleRegistry registry, LintConfig config, Linted linted,
                              List<Finding> findings, Summary summary, List<Finding> baselined, Writer standardOutput) {
        Set<String> enabled = registry.all().stream().map(Rule::meta).filter(meta -> config.settings(meta).isEnabled())
                .map(RuleMeta::id).collect(Collectors.toSet());
        RunDescription run = new RunDescription(linted.source(), Instant.now(), Pgdl.version(),
                ConfigurationSummary.of(Pgdl.configFile(options).map(Path::toString), config, registry.all()));
        ReportContext context = new ReportContext(options.language(), registry.all(), enabled, linted.files(),
                linted.subject(), run, linted.inventory(), baselined);
        List<String> errors = new ArrayList<>();
        for (ReportTarget target : options.reports()) {
            List<Finding> shown = findings.stream()
                    .filter(f -> !f.isSuppressed() || target.format().showsSuppressed(options.showSuppressed()))
                    .toList();
            try {
                write(target, options.workingDirectory(), target.format().writer(context), shown, summary,
                        standardOutput);
            } catch (IOException e) {
                errors.add(target.output().map(Path::toString).orElse("standard output")
                        + ": error: cannot write the report (" + e.getMessage() + ")");
            }
        }
        return errors;
    }

    private static void write(ReportTarget target, Path workingDirectory, ReportWriter writer, List<Finding> findings,
                              Summary summary, Writer standardOutput) throws IOException {
        if (target.output().isEmpty()) {
            writer.write(findings, summary, standardOutput);
            standardOutput.flush();
            return;
        }
        Path output = workingDirectory.resolve(target.output().get());
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            writer.write(findings, summary, file);
        }
    }
}

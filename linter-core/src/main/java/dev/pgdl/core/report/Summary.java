package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/**
 * The figures of one run: files linted, statements read, statements nobody could parse
 * ({@code parse/unsupported}), findings per severity and the time taken.
 */
public record Summary(int files, int statements, int unparsed, int errors, int warnings, int infos,
                      long durationMs) {

    public static Summary of(List<Finding> findings, int files, int statements, int unparsed, long durationMs) {
        return new Summary(files, statements, unparsed, count(findings, Severity.ERROR),
                count(findings, Severity.WARNING), count(findings, Severity.INFO), durationMs);
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }
}

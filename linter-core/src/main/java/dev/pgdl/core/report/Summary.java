package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/**
 * The figures of one run: files linted, statements read, statements nobody could parse
 * ({@code parse/unsupported}), reported findings per severity, findings silenced by ignore
 * comments, findings left out because the baseline has them, baseline entries no longer found,
 * and the time taken.
 */
public record Summary(int files, int statements, int unparsed, int errors, int warnings, int infos,
                      int suppressed, int baselined, int fixedBaselineEntries, long durationMs) {

    public Summary(int files, int statements, int unparsed, int errors, int warnings, int infos, long durationMs) {
        this(files, statements, unparsed, errors, warnings, infos, 0, 0, 0, durationMs);
    }

    /** Counts {@code findings} by severity, the suppressed ones apart. */
    public static Summary of(List<Finding> findings, int files, int statements, int unparsed, long durationMs) {
        int[] bySeverity = new int[Severity.values().length];
        int suppressed = 0;
        for (Finding finding : findings) {
            if (finding.isSuppressed()) {
                suppressed++;
            } else {
                bySeverity[finding.severity().ordinal()]++;
            }
        }
        return new Summary(files, statements, unparsed, bySeverity[Severity.ERROR.ordinal()],
                bySeverity[Severity.WARNING.ordinal()], bySeverity[Severity.INFO.ordinal()], suppressed, 0, 0,
                durationMs);
    }

    /**
     * These figures for a run whose baseline left {@code reported} of its findings, held
     * {@code baselinedFindings} of them, and has {@code fixed} entries no longer found.
     */
    public Summary afterBaseline(List<Finding> reported, int baselinedFindings, int fixed) {
        Summary counted = of(reported, files, statements, unparsed, durationMs);
        return new Summary(files, statements, unparsed, counted.errors, counted.warnings, counted.infos,
                counted.suppressed, baselinedFindings, fixed, durationMs);
    }
}

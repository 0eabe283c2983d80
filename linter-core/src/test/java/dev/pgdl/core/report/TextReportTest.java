package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TextReportTest {

    private static final String MESSAGE = "Could not read this CREATE RULE statement (syntax error); no rule checked it."
            + " Simplify the statement or suppress this warning.";

    @Test
    void oneLinePerFindingThenTheSummary() throws IOException {
        List<Finding> findings = List.of(
                SampleFindings.ruleFailure(),
                SampleFindings.unparsed(Severity.ERROR, "db/a.sql", 3, 1, "public.r"),
                SampleFindings.unparsed(Severity.WARNING, "db/b.sql", 12, 5, ""));

        String text = write(findings, new Summary(2, 57, 2, 2, 1, 0, 120));

        assertThat(text).isEqualTo("""
                test/crashing: error pgdl/rule-failure Rule test/crashing failed: java.lang.IllegalStateException: boom.\
                 Report this bug; the other rules ran.
                db/a.sql:3:1: error parse/unsupported %1$s
                db/b.sql:12:5: warning parse/unsupported %1$s
                2 errors, 1 warning, 0 infos in 2 files (57 statements, 2 unparsed) in 120 ms
                """.formatted(MESSAGE));
    }

    @Test
    void theSummaryCountsInTheSingularWhenThereIsOne() throws IOException {
        assertThat(write(List.of(), new Summary(1, 1, 0, 0, 0, 1, 7)))
                .isEqualTo("0 errors, 0 warnings, 1 info in 1 file (1 statement, 0 unparsed) in 7 ms\n");
    }

    @Test
    void aSuppressedFindingEndsWithItsReasonAndTheSummaryCountsWhatWasLeftOut() throws IOException {
        Finding suppressed = SampleFindings.unparsed(Severity.ERROR, "db/a.sql", 3, 1, "public.r")
                .suppressedBecause("approved by the DBA");

        String text = write(List.of(suppressed), new Summary(1, 5, 1, 0, 0, 0, 1, 4, 2, 9));

        assertThat(text).isEqualTo("""
                db/a.sql:3:1: error parse/unsupported %s [suppressed: approved by the DBA]
                0 errors, 0 warnings, 0 infos in 1 file (5 statements, 1 unparsed) in 9 ms; 1 suppressed, 4 in the \
                baseline, 2 baseline entries fixed (pgdl baseline --prune removes them)
                """.formatted(MESSAGE));
    }

    private static String write(List<Finding> findings, Summary summary) throws IOException {
        StringWriter out = new StringWriter();
        new TextReport(Locale.ENGLISH).write(findings, summary, out);
        return out.toString();
    }
}

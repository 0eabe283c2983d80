package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTest {

    @Test
    void summaryCountsFindingsBySeverity() {
        List<Finding> findings = List.of(SampleFindings.unparsed(Severity.ERROR, "a.sql", 1, 1, ""),
                SampleFindings.unparsed(Severity.INFO, "a.sql", 2, 1, ""),
                SampleFindings.unparsed(Severity.INFO, "a.sql", 3, 1, ""));

        assertThat(Summary.of(findings, 1, 3, 3, 5)).isEqualTo(new Summary(1, 3, 3, 1, 0, 2, 5));
    }
}

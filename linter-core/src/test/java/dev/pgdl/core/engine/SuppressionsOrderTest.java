package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The findings leave the suppressions in report order, however many there are. */
class SuppressionsOrderTest {

    @Test
    void aLongListComesOutInReportOrderWithEqualFindingsAsListed() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            findings.add(new Finding(i % 3 == 0 ? "naming/x" : "types/y", Severity.ERROR, "public.t",
                    new SourceLocation(i % 2 == 0 ? "a.sql" : "b.sql", i * 7_919 % 500, 1), null));
        }
        List<Finding> expected = new ArrayList<>(findings);
        expected.sort(Finding.ORDER);

        List<Finding> ordered = new Suppressions(LintConfig.DEFAULTS, List.of(), () -> LocalDate.of(2026, 1, 1))
                .apply(findings, List.of());

        assertThat(ordered).usingElementComparator((a, b) -> a == b ? 0 : 1).containsExactlyElementsOf(expected);
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports list findings by database, file, line and column, then rule and object. */
class FindingOrderTest {

    @Test
    void findingsAreOrderedByDatabaseFileLineColumnRuleAndObject() {
        List<Finding> expected = List.of(
                finding(null, "a.sql", 2, 5, "naming/x", "public.t"),
                finding(null, "a.sql", 10, 1, "naming/x", "public.t"),
                finding(null, "a.sql", 10, 3, "naming/x", "public.t"),
                finding(null, "a.sql", 10, 3, "types/y", "public.t"),
                finding(null, "a.sql", 10, 3, "types/y", "public.u"),
                finding(null, "b.sql", 1, 1, "naming/x", "public.t"),
                finding("app", "", 0, 0, "naming/x", "public.t"),
                finding("audit", "", 0, 0, "naming/x", "public.t"));
        List<Finding> shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        shuffled.add(0, shuffled.remove(3));

        shuffled.sort(Finding.ORDER);

        assertThat(shuffled).containsExactlyElementsOf(expected);
    }

    private static Finding finding(String database, String file, int line, int column, String rule, String object) {
        Finding finding = new Finding(rule, Severity.ERROR, object, new SourceLocation(file, line, column), null);
        return database == null ? finding : finding.inDatabase(database);
    }
}

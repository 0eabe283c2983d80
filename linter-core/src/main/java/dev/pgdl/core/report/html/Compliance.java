package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.ObjectKind;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compliance score of one table kind: how many of its tables have no error. Tables whose
 * name has no known prefix form the kind {@code ""}.
 */
record Compliance(String tableKind, int tables, int compliant) {

    /** Per table kind in name order, tables of no kind last. */
    static List<Compliance> of(List<ObjectFindings> rows) {
        Map<String, int[]> byKind = new TreeMap<>();
        for (ObjectFindings row : rows) {
            if (row.object().kind() == ObjectKind.TABLE) {
                int[] counts = byKind.computeIfAbsent(row.object().tableKind().orElse(""), kind -> new int[2]);
                counts[0]++;
                if (row.count(Severity.ERROR) == 0) {
                    counts[1]++;
                }
            }
        }
        List<Compliance> scores = new ArrayList<>();
        byKind.forEach((kind, counts) -> {
            if (!kind.isEmpty()) {
                scores.add(new Compliance(kind, counts[0], counts[1]));
            }
        });
        if (byKind.containsKey("")) {
            scores.add(new Compliance("", byKind.get("")[0], byKind.get("")[1]));
        }
        return scores;
    }

    /** The share of tables with no error, in whole percent rounded down (so 100 means every table). */
    int percent() {
        return tables == 0 ? 100 : compliant * 100 / tables;
    }
}

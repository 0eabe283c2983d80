package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Findings grouped by file, in report order, for the formats that nest findings in files. */
final class FindingGroups {

    private FindingGroups() {
    }

    /** By file; a finding without a file goes under the name {@code placeWithoutFile} gives it. */
    static Map<String, List<Finding>> byFile(List<Finding> findings, Function<Finding, String> placeWithoutFile) {
        Map<String, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String place = finding.location().isKnown() ? finding.location().file() : placeWithoutFile.apply(finding);
            groups.computeIfAbsent(place, p -> new ArrayList<>()).add(finding);
        }
        return groups;
    }
}

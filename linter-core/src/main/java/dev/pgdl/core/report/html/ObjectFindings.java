package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.InventoryObject;
import dev.pgdl.core.engine.SchemaInventory;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One row of the report's object table: a listed object and the findings on it and its parts. */
record ObjectFindings(InventoryObject object, List<Finding> findings) {

    /** Worst first: most errors, then warnings, then infos, then by name. */
    static final Comparator<ObjectFindings> WORST_FIRST = Comparator
            .comparingInt((ObjectFindings o) -> -o.count(Severity.ERROR))
            .thenComparingInt(o -> -o.count(Severity.WARNING))
            .thenComparingInt(o -> -o.count(Severity.INFO))
            .thenComparing(o -> o.object().identity());

    /**
     * Every listed object with its findings, worst first. A finding whose object the schema does not
     * list gets a row of its own, named by its object, else its file.
     */
    static List<ObjectFindings> group(SchemaInventory inventory, List<Finding> findings) {
        Map<List<String>, InventoryObject> objects = new LinkedHashMap<>();
        Map<List<String>, List<Finding>> findingsByObject = new LinkedHashMap<>();
        inventory.objects().forEach(object -> objects.put(key(object), object));
        for (Finding finding : findings) {
            InventoryObject owner = inventory.ownerOf(finding).orElseGet(() -> InventoryObject.other(
                    finding.database() == null ? "" : finding.database(),
                    finding.object().isEmpty() ? finding.location().file() : finding.object(), finding.location()));
            objects.putIfAbsent(key(owner), owner);
            findingsByObject.computeIfAbsent(key(owner), key -> new ArrayList<>()).add(finding);
        }
        List<ObjectFindings> rows = new ArrayList<>(objects.size());
        objects.forEach((key, object) -> rows.add(new ObjectFindings(object, findingsByObject.getOrDefault(key, List.of()))));
        rows.sort(WORST_FIRST);
        return rows;
    }

    private static List<String> key(InventoryObject object) {
        return List.of(object.database(), object.identity());
    }

    int count(Severity severity) {
        int count = 0;
        for (Finding finding : findings) {
            if (finding.severity() == severity) {
                count++;
            }
        }
        return count;
    }
}

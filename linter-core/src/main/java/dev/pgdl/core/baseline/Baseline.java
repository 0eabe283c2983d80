package dev.pgdl.core.baseline;

import dev.pgdl.core.engine.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now, so that a run fails only on new ones. Findings are
 * matched by rule, object and fingerprint, so edits elsewhere in a file, moved lines and renamed
 * files keep them matched; a changed offending definition is a new finding.
 */
public record Baseline(List<BaselineEntry> entries) {

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::rule)
            .thenComparing(BaselineEntry::object).thenComparing(BaselineEntry::fingerprint);

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /** What a run compared with this baseline reports: the findings not in it, and how many it still holds or no longer needs. */
    public record Comparison(List<Finding> reported, List<Finding> baselined, int fixedEntries) {
        public Comparison {
            reported = List.copyOf(reported);
            baselined = List.copyOf(baselined);
        }
    }

    /** The baseline of a run: its findings except the suppressed ones. */
    public static Baseline of(List<Finding> findings) {
        Map<List<String>, BaselineEntry> entries = new LinkedHashMap<>();
        for (Finding finding : findings) {
            if (!finding.isSuppressed()) {
                BaselineEntry entry = new BaselineEntry(finding.rule(), finding.object(), finding.fingerprint(), 1,
                        finding.location().file(), finding.englishMessage());
                entries.merge(entry.key(), entry, (old, added) -> old.withCount(old.count() + 1));
            }
        }
        return new Baseline(new ArrayList<>(entries.values()));
    }

    /** Leaves out the findings this baseline holds (as many of each as it recorded); suppressed findings stay as they are. */
    public Comparison compare(List<Finding> findings) {
        Map<List<String>, Integer> left = remaining();
        List<Finding> reported = new ArrayList<>();
        List<Finding> baselined = new ArrayList<>();
        for (Finding finding : findings) {
            List<String> key = List.of(finding.rule(), finding.object(), finding.fingerprint());
            if (!finding.isSuppressed() && left.getOrDefault(key, 0) > 0) {
                left.merge(key, -1, Integer::sum);
                baselined.add(finding);
            } else {
                reported.add(finding);
            }
        }
        return new Comparison(reported, baselined, left.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** This baseline without what {@code findings} no longer have: it only shrinks, new findings are not added. */
    public Baseline prune(List<Finding> findings) {
        Map<List<String>, Integer> found = new HashMap<>();
        of(findings).entries().forEach(entry -> found.put(entry.key(), entry.count()));
        List<BaselineEntry> kept = new ArrayList<>();
        for (BaselineEntry entry : entries) {
            int still = Math.min(entry.count(), found.getOrDefault(entry.key(), 0));
            if (still > 0) {
                kept.add(entry.withCount(still));
            }
        }
        return new Baseline(kept);
    }

    /** The number of findings recorded. */
    public int size() {
        return entries.stream().mapToInt(BaselineEntry::count).sum();
    }

    private Map<List<String>, Integer> remaining() {
        Map<List<String>, Integer> left = new HashMap<>();
        entries.forEach(entry -> left.merge(entry.key(), entry.count(), Integer::sum));
        return left;
    }
}

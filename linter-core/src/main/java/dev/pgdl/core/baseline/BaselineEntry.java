package dev.pgdl.core.baseline;

import java.util.List;

/**
 * Findings recorded in a baseline, keyed by rule, object identity and the finding's fingerprint
 * (never the line): {@code count} of them. File and English message are for the reader of the
 * file only.
 */
public record BaselineEntry(String rule, String object, String fingerprint, int count, String file, String message) {

    /** What matches a finding to this entry. */
    List<String> key() {
        return List.of(rule, object, fingerprint);
    }

    BaselineEntry withCount(int newCount) {
        return new BaselineEntry(rule, object, fingerprint, newCount, file, message);
    }
}

package dev.pgdl.core.spi;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * "Did you mean" for misspelled rule ids and option names, by edit distance (Levenshtein;
 * about a dozen lines, so not worth a dependency).
 */
public final class ClosestName {

    private ClosestName() {
    }

    public static Optional<String> closest(String typed, Collection<String> candidates) {
        int tolerance = Math.max(2, typed.length() / 3);
        return candidates.stream()
                .filter(c -> distance(typed, c) <= tolerance)
                .min(Comparator.comparingInt((String c) -> distance(typed, c)).thenComparing(c -> c));
    }

    /** {@code "; did you mean 'x'?"}, or empty when nothing is close. */
    public static String suggestion(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(c -> "; did you mean '" + c + "'?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

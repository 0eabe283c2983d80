package dev.pgdl.rules.support;

import org.atteo.evo.inflector.English;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an English word is a plural, decided by the inflection library: a word is plural when a
 * shorter form of it pluralizes to exactly that word ({@code categories} ← {@code category},
 * {@code children} ← {@code child}). The library only pluralizes, so the candidate singulars are
 * the word with up to four letters replaced by one of the endings English singulars take.
 */
public final class Inflection {

    private static final int MAX_REPLACED = 4;

    /**
     * Deciding one word takes up to sixty pluralizations of a few dozen regular expressions each;
     * a schema repeats its words. Bounded, so a long-lived process keeps a vocabulary, not a history.
     */
    private static final Map<String, Optional<String>> DECIDED = new ConcurrentHashMap<>();
    private static final int MAX_DECIDED = 20_000;

    private static final List<String> SINGULAR_ENDINGS = List.of("", "y", "f", "fe", "o", "is", "us", "um", "on",
            "an", "ex", "ix", "ouse", "oot", "ooth");

    private Inflection() {
    }

    /** The singular a plural word comes from, or empty for a word that is not a plural. */
    public static Optional<String> singularOf(String word) {
        Optional<String> decided = DECIDED.get(word);
        if (decided != null) {
            return decided;
        }
        Optional<String> singular = candidateSingularOf(word);
        if (DECIDED.size() < MAX_DECIDED) {
            DECIDED.put(word, singular);
        }
        return singular;
    }

    private static Optional<String> candidateSingularOf(String word) {
        if (word.chars().noneMatch(Character::isLetter)) {
            return Optional.empty(); // t_log_2024: pluralizing never removes every letter
        }
        for (int replaced = Math.min(MAX_REPLACED, word.length() - 1); replaced >= 1; replaced--) {
            String stem = word.substring(0, word.length() - replaced);
            for (String ending : SINGULAR_ENDINGS) {
                String candidate = stem + ending;
                if (!candidate.equals(word) && English.plural(candidate).equals(word)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}

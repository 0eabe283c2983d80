package dev.pgdl.rules.support;

import org.atteo.evo.inflector.English;

import java.util.List;
import java.util.Optional;

/**
 * Whether an English word is a plural, decided by the inflection library: a word is plural when a
 * shorter form of it pluralizes to exactly that word ({@code categories} ← {@code category},
 * {@code children} ← {@code child}). The library only pluralizes, so the candidate singulars are
 * the word with up to four letters replaced by one of the endings English singulars take.
 */
public final class Inflection {

    private static final int MAX_REPLACED = 4;

    private static final List<String> SINGULAR_ENDINGS = List.of("", "y", "f", "fe", "o", "is", "us", "um", "on",
            "an", "ex", "ix", "ouse", "oot", "ooth");

    private Inflection() {
    }

    /** The singular a plural word comes from, or empty for a word that is not a plural. */
    public static Optional<String> singularOf(String word) {
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

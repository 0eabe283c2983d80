package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which index of a table another one makes redundant: same method and predicate, and its key
 * elements equal to or a leading prefix of the other's. A unique key is covered only by a unique
 * key with the same elements (a longer unique key does not enforce the shorter one). Of two equal
 * keys the primary key, then the unique one, then the earlier declared one is kept.
 */
public final class RedundantKeys {

    private RedundantKeys() {
    }

    /** The key that makes {@code key} redundant, if any, from the keys of the same table. */
    public static Optional<Key> coveringKey(Key key, List<Key> keys) {
        return keys.stream()
                .filter(other -> other != key && covers(other, key) && (!covers(key, other) || kept(other, key)))
                .findFirst();
    }

    private static boolean covers(Key wide, Key narrow) {
        List<?> narrowElements = narrow.elements();
        if (!wide.method().equals(narrow.method()) || !Objects.equals(wide.predicate(), narrow.predicate())
                || narrowElements.size() > wide.elements().size()
                || !wide.elements().subList(0, narrowElements.size()).equals(narrowElements)) {
            return false;
        }
        Set<Identifier> stored = new HashSet<>(wide.columns());
        stored.addAll(wide.include());
        if (!stored.containsAll(narrow.include())) {
            return false;
        }
        return !narrow.unique() || (wide.unique() && wide.elements().size() == narrowElements.size()
                && wide.nullsNotDistinct() == narrow.nullsNotDistinct());
    }

    /** Of two keys that cover each other, whether {@code first} is the one to keep. */
    private static boolean kept(Key first, Key second) {
        int rank = Integer.compare(rank(first), rank(second));
        return rank != 0 ? rank < 0 : second.declaredAfter(first);
    }

    private static int rank(Key key) {
        return key.primary() ? 0 : key.unique() ? 1 : 2;
    }
}

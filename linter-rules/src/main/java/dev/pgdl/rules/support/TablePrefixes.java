package dev.pgdl.rules.support;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The table-kind prefix lookup of the guideline's テーブル種別の識別子 table. */
public final class TablePrefixes {

    /** The kind whose prefix temporary tables use. */
    public static final String TEMPORARY_KIND = "temporary";

    private TablePrefixes() {
    }

    /** The longest configured prefix {@code name} starts with, as prefix → kind. */
    public static Optional<Map.Entry<String, String>> prefixOf(String name, Map<String, String> prefixes) {
        return prefixes.entrySet().stream()
                .filter(e -> name.startsWith(e.getKey()))
                .max(Comparator.comparingInt(e -> e.getKey().length()));
    }

    /** The prefixes of one kind, or of every other kind, in configuration order. */
    public static List<String> prefixes(Map<String, String> prefixes, boolean temporaryKind) {
        return prefixes.entrySet().stream()
                .filter(e -> e.getValue().equals(TEMPORARY_KIND) == temporaryKind)
                .map(Map.Entry::getKey)
                .toList();
    }
}

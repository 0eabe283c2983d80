package dev.pgdl.rules.support;

import dev.pgdl.core.spi.OptionException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A 論物変換 dictionary: physical words (English, as used in names) with their logical names
 * (Japanese), read from CSV lines {@code logical,physical} such as {@code 商品,item}.
 */
public record WordDictionary(Map<String, String> logicalByPhysical) {

    public static final WordDictionary EMPTY = new WordDictionary(Map.of());

    public WordDictionary {
        logicalByPhysical = Collections.unmodifiableMap(new LinkedHashMap<>(logicalByPhysical));
    }

    /**
     * Reads the CSV. Blank lines, {@code #} comments and a {@code logical,physical} header are
     * skipped. A compound entry whose physical name joins other entries ({@code 商品一覧,item_list}
     * beside {@code item} and {@code list}) is the guideline's NG pattern and is refused.
     */
    public static WordDictionary parse(String csv) {
        Map<String, String> words = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        String[] lines = csv.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.equalsIgnoreCase("logical,physical")) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0) {
                throw new OptionException("line " + (i + 1) + ": expected logical,physical, found '" + line + "'");
            }
            String physical = line.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
            words.put(physical, line.substring(0, comma).strip());
            lineOf.put(physical, i + 1);
        }
        for (Map.Entry<String, String> entry : words.entrySet()) {
            List<String> parts = List.of(entry.getKey().split("_"));
            if (parts.size() > 1 && words.keySet().containsAll(parts)) {
                throw new OptionException("line " + lineOf.get(entry.getKey()) + ": " + entry.getValue() + ","
                        + entry.getKey() + " is a compound of the entries " + String.join(" and ", parts)
                        + "; keep only single words (the NG pattern of 論物変換)");
            }
        }
        return new WordDictionary(words);
    }

    public boolean isEmpty() {
        return logicalByPhysical.isEmpty();
    }

    public boolean knows(String physical) {
        return logicalByPhysical.containsKey(physical.toLowerCase(Locale.ROOT));
    }

    public Optional<String> logical(String physical) {
        return Optional.ofNullable(logicalByPhysical.get(physical.toLowerCase(Locale.ROOT)));
    }

    public Set<String> physicalWords() {
        return logicalByPhysical.keySet();
    }

    /**
     * A name's words as the dictionary reads them: the longest entry first, so {@code unit_price}
     * is one word when {@code 単価,unit_price} is an entry.
     */
    public List<String> words(String name) {
        List<String> parts = List.of(name.split("_"));
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < parts.size()) {
            int end = parts.size();
            while (end > start + 1 && !knows(String.join("_", parts.subList(start, end)))) {
                end--;
            }
            words.add(String.join("_", parts.subList(start, end)));
            start = end;
        }
        return words;
    }

    /** A name's logical form: each known word by its logical name, unknown ones as they are. */
    public String logicalName(List<String> words) {
        List<String> logical = new ArrayList<>();
        words.forEach(word -> logical.add(logical(word).orElse(word)));
        return String.join("", logical);
    }
}

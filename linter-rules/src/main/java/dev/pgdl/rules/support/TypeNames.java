package dev.pgdl.rules.support;

import dev.pgdl.core.model.DataType;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Type names as users write them in options ({@code timestamptz}, {@code varchar}, {@code int8})
 * mapped to the canonical names of the model ({@code timestamp with time zone}, …).
 */
public final class TypeNames {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("decimal", "numeric"),
            Map.entry("bool", "boolean"),
            Map.entry("varbit", "bit varying"));

    /** Options name few types and rules ask them of every column: each spelling is made canonical once. */
    private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

    /** Rules ask it of every column, and a design writes few type spellings: each is reduced once. */
    private static final Map<String, String> WRITTEN_BASES = new ConcurrentHashMap<>();

    private static final Set<String> DATES = Set.of("date", "timestamp with time zone", "timestamp without time zone");

    private TypeNames() {
    }

    /** A scalar {@code date} or {@code timestamp} (with or without time zone): a calendar position. */
    public static boolean isDate(DataType type) {
        return !type.isArray() && DATES.contains(type.name());
    }

    /** The canonical name of a type written without modifiers: {@code TimestampTZ} → {@code timestamp with time zone}. */
    public static String canonical(String written) {
        return CANONICAL.computeIfAbsent(written, w -> {
            String name = collapseSpaces(w).toLowerCase(Locale.ROOT);
            return ALIASES.getOrDefault(name, name);
        });
    }

    /** The element type's canonical name equals the canonical form of {@code written}; arrays count by element. */
    public static boolean elementIs(DataType type, String written) {
        return type.name().equals(canonical(written));
    }

    /** The source spelling without modifiers, array brackets and case: {@code FLOAT8[]} → {@code float8}. */
    public static String writtenBase(DataType type) {
        return WRITTEN_BASES.computeIfAbsent(type.written(),
                written -> collapseSpaces(withoutModifiers(written)).toLowerCase(Locale.ROOT));
    }

    /**
     * The text without what stands between the first {@code (} and the last {@code )}, and between
     * the first {@code [} and the last {@code ]}: {@code numeric(10, 2)[]} → {@code numeric}. Rules
     * ask this of every column, so it is a scan, not a regular expression.
     */
    public static String withoutModifiers(String written) {
        return cut(cut(written, '(', ')'), '[', ']');
    }

    private static String cut(String text, char open, char close) {
        int from = text.indexOf(open);
        int to = text.lastIndexOf(close);
        return from < 0 || to < from ? text : text.substring(0, from) + text.substring(to + 1);
    }

    /** Trimmed, every run of white space one blank: {@code "  double   precision "} → {@code "double precision"}. */
    private static String collapseSpaces(String text) {
        String trimmed = text.trim();
        if (isCollapsed(trimmed)) {
            return trimmed;
        }
        StringBuilder collapsed = new StringBuilder(trimmed.length());
        boolean spaceBefore = false;
        for (char c : trimmed.toCharArray()) {
            if (Character.isWhitespace(c)) {
                spaceBefore = true;
                continue;
            }
            if (spaceBefore) {
                collapsed.append(' ');
                spaceBefore = false;
            }
            collapsed.append(c);
        }
        return collapsed.toString();
    }

    private static boolean isCollapsed(String trimmed) {
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isWhitespace(c) && (c != ' ' || trimmed.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A column every table must have, as configured: its name, the types it may have as users write
 * them ({@code bigint|integer}), whether it allows NULL, and its DEFAULT (null: any).
 */
public record ExpectedColumn(String name, String type, boolean nullable, String defaultValue) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public static ExpectedColumn read(Map<String, Object> item) {
        Object nullable = item.getOrDefault("nullable", false);
        Object defaultValue = item.get("default");
        return new ExpectedColumn(String.valueOf(item.get("name")), String.valueOf(item.get("type")),
                Boolean.parseBoolean(String.valueOf(nullable)), defaultValue == null ? null : String.valueOf(defaultValue));
    }

    public Map<String, Object> write() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("type", type);
        item.put("nullable", nullable);
        if (defaultValue != null) {
            item.put("default", defaultValue);
        }
        return item;
    }

    /** The column's element-free type is one of the alternatives, compared by canonical name. */
    public boolean typeMatches(Column column) {
        return !column.type().isArray() && Arrays.stream(type.split("\\|"))
                .anyMatch(alternative -> TypeNames.elementIs(column.type(), alternative));
    }

    public boolean nullabilityMatches(Column column) {
        return nullable != column.notNull();
    }

    /** No default demanded, or the column's default is the same text, ignoring case and blanks. */
    public boolean defaultMatches(Column column) {
        return defaultValue == null || (column.hasDefault()
                && normalize(column.defaultExpression()).equals(normalize(defaultValue)));
    }

    private static String normalize(String sql) {
        return BLANKS.matcher(sql).replaceAll("").toLowerCase(Locale.ROOT);
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.LinkedHashMap;
import java.util.Map;

/** A type → name convention of カラム名: a column of {@code type} has a name matching {@code name} (a regex). */
public record NameConvention(String type, String name) {

    public static NameConvention read(Map<String, Object> item) {
        return new NameConvention(String.valueOf(item.get("type")), String.valueOf(item.get("name")));
    }

    public Map<String, Object> write() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", type);
        item.put("name", name);
        return item;
    }

    /** The column's scalar type is this convention's, compared by canonical name. */
    public boolean typeMatches(Column column) {
        return !column.type().isArray() && TypeNames.elementIs(column.type(), type);
    }

    public boolean nameMatches(Column column) {
        return Regexes.finds(name, column.name().name());
    }
}

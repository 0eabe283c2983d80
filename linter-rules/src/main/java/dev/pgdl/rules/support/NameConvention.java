package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** The first of the conventions whose type the column has and whose name pattern its name does not match. */
    public static Optional<NameConvention> brokenBy(Column column, List<NameConvention> conventions) {
        for (NameConvention convention : conventions) {
            if (convention.typeMatches(column) && !convention.nameMatches(column)) {
                return Optional.of(convention);
            }
        }
        return Optional.empty();
    }

    public boolean nameMatches(Column column) {
        return Regexes.finds(name, column.name().name());
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.DataType;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A name → type convention of the guideline's カラム名 and データ型 tables: a column whose name
 * matches {@code name} (a regex) has one of the types in {@code type} ({@code bigint|integer|uuid};
 * {@code varchar(n)} means any length) and, when {@code notNull}, is NOT NULL.
 */
public record ColumnKind(String name, String type, boolean notNull) {

    /** The guideline's conventions, shared by the rules that must agree on who reports a column. */
    public static final List<ColumnKind> DEFAULTS = List.of(
            new ColumnKind("_at$", "timestamptz", false),
            new ColumnKind("_date$", "date", false),
            new ColumnKind("^(is|has)_", "boolean", false),
            new ColumnKind("_code$", "varchar(n)", false),
            new ColumnKind("_typ$", "varchar(n)", true),
            new ColumnKind("_count$", "integer|bigint", false),
            new ColumnKind("_id$", "bigint|integer|uuid", false));

    /**
     * Types that types/banned-type reports, mapped to the allowed type of the same kind: a
     * {@code timestamp} named {@code *_at} is that rule's finding, not a kind mismatch.
     */
    private static final Map<String, String> SAME_KIND = Map.of(
            "timestamp without time zone", "timestamp with time zone",
            "text", "character varying",
            "character", "character varying",
            "smallint", "integer");

    public static ColumnKind read(Map<String, Object> item) {
        return new ColumnKind(String.valueOf(item.get("name")), String.valueOf(item.get("type")),
                Boolean.parseBoolean(String.valueOf(item.getOrDefault("not-null", false))));
    }

    public Map<String, Object> write() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", name);
        item.put("type", type);
        item.put("not-null", notNull);
        return item;
    }

    public boolean nameMatches(Column column) {
        return Regexes.finds(name, column.name().name());
    }

    /** The column's type, or the allowed type of its kind, is one of the alternatives; arrays never are. */
    public boolean typeMatches(Column column) {
        DataType columnType = column.type();
        String kind = SAME_KIND.getOrDefault(columnType.name(), columnType.name());
        return !columnType.isArray() && Arrays.stream(type.split("\\|"))
                .map(alternative -> TypeNames.canonical(TypeNames.withoutModifiers(alternative)))
                .anyMatch(kind::equals);
    }

    /** Whether any default convention names the column: its name then says which type it has. */
    public static boolean namedByDefault(Column column) {
        return naming(DEFAULTS, column).isPresent();
    }

    /** Whether a default convention demands NOT NULL for a column of this name (区分 is NOT NULL). */
    public static boolean notNullByDefault(Column column) {
        for (ColumnKind kind : DEFAULTS) {
            if (kind.notNull() && kind.nameMatches(column)) {
                return true;
            }
        }
        return false;
    }

    /** The first of the conventions whose name pattern the column's name matches. */
    public static Optional<ColumnKind> naming(List<ColumnKind> conventions, Column column) {
        for (ColumnKind kind : conventions) {
            if (kind.nameMatches(column)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

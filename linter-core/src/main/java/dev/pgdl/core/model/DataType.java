package dev.pgdl.core.model;

/**
 * A column or attribute type, normalized: {@code name} is PostgreSQL's canonical spelling
 * ({@code timestamp with time zone}, {@code character varying}, {@code integer}); user types are
 * schema-qualified ({@code public.mood}). {@code written} keeps the source spelling
 * ({@code serial}, {@code TIMESTAMPTZ(3)}) for messages.
 *
 * @param length    declared length of character and bit types, else null
 * @param precision declared precision of numeric, time and interval types, else null
 * @param scale     declared scale of numeric, else null
 * @param arrayDimensions 0 for a scalar
 */
public record DataType(String name, Integer length, Integer precision, Integer scale,
                       int arrayDimensions, TypeOrigin origin, String written) {

    public static DataType builtIn(String name) {
        return new DataType(name, null, null, null, 0, TypeOrigin.BUILT_IN, name);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    public boolean is(String canonicalName) {
        return !isArray() && name.equals(canonicalName);
    }

    /** The type as PostgreSQL would print it, with modifiers and array brackets. */
    public String sql() {
        StringBuilder sql = new StringBuilder(name);
        int zone = name.indexOf(" with");
        if (precision != null && zone > 0) {
            sql.insert(zone, "(" + precision + ")");
        } else if (length != null) {
            sql.append('(').append(length).append(')');
        } else if (precision != null) {
            sql.append('(').append(precision);
            if (scale != null) {
                sql.append(',').append(scale);
            }
            sql.append(')');
        }
        sql.append("[]".repeat(arrayDimensions));
        return sql.toString();
    }

    @Override
    public String toString() {
        return sql();
    }
}

package dev.pgdl.core.model;

import java.util.Objects;

/**
 * One key element of an index: a column, or an expression (then {@code column} is null).
 *
 * @param opclass   an explicit operator class ({@code gin_trgm_ops}), or null
 * @param collation an explicit COLLATE, or null
 */
public record IndexElement(Identifier column, String expression, String opclass, String collation,
                           boolean descending, NullsOrder nulls) {

    public static IndexElement ofColumn(Identifier column) {
        return new IndexElement(column, null, null, null, false, NullsOrder.DEFAULT);
    }

    public boolean isExpression() {
        return column == null;
    }

    /**
     * Written out because rules compare keys on every run: a record's generated equals links method
     * handles on its first call, ~6 ms of a check.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof IndexElement element && Objects.equals(element.column, column)
                && Objects.equals(element.expression, expression) && Objects.equals(element.opclass, opclass)
                && Objects.equals(element.collation, collation) && element.descending == descending
                && element.nulls == nulls;
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, expression, opclass, collation, descending, nulls);
    }
}

package dev.pgdl.core.model;

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
}

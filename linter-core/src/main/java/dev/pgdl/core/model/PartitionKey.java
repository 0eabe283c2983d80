package dev.pgdl.core.model;

/** One partition key element: a column, or an expression (then {@code column} is null). */
public record PartitionKey(Identifier column, String expression) {

    public boolean isColumn() {
        return column != null;
    }
}

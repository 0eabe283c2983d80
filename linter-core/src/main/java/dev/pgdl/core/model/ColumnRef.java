package dev.pgdl.core.model;

/** A column named by its table, as in {@code OWNED BY t.c}. */
public record ColumnRef(QualifiedName table, Identifier column) {

    public String identity() {
        return table.identity() + "." + column.name();
    }
}

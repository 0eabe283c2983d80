package dev.pgdl.core.model;

/**
 * The ON COMMIT clause of a temporary table; {@code NONE} when absent, {@code UNKNOWN} for a table
 * read from a catalog, which does not keep the clause.
 */
public enum OnCommit {
    NONE,
    PRESERVE_ROWS,
    DELETE_ROWS,
    DROP,
    UNKNOWN
}

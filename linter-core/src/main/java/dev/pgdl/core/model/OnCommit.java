package dev.pgdl.core.model;

/** The ON COMMIT clause of a temporary table; {@code NONE} when absent. */
public enum OnCommit {
    NONE,
    PRESERVE_ROWS,
    DELETE_ROWS,
    DROP
}

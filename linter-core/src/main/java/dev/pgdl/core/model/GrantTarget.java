package dev.pgdl.core.model;

/** The kind of object a privilege is granted on. */
public enum GrantTarget {
    TABLE,
    SEQUENCE,
    SCHEMA,
    FUNCTION,
    DATABASE,
    TYPE,
    ALL_TABLES_IN_SCHEMA,
    ALL_SEQUENCES_IN_SCHEMA,
    ALL_FUNCTIONS_IN_SCHEMA,
    OTHER
}

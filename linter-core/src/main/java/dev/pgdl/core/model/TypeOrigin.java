package dev.pgdl.core.model;

/** Where a column's type comes from, which decides the type rules that apply to it. */
public enum TypeOrigin {
    BUILT_IN,
    ENUM,
    DOMAIN,
    COMPOSITE,
    RANGE,
    EXTENSION,
    /** A type the schema does not define and PostgreSQL does not ship. */
    UNKNOWN
}

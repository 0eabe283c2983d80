package dev.pgdl.core.api;

/** What understands the SQL files of a check. */
public enum Engine {
    /** pgdl's own DDL reader: fast, needs nothing. */
    DDL,
    /** A throwaway embedded PostgreSQL runs the files and its catalog is linted (deep mode). */
    POSTGRES
}

package dev.pgdl.core.model;

public enum Persistence {
    PERMANENT,
    UNLOGGED,
    TEMPORARY
}

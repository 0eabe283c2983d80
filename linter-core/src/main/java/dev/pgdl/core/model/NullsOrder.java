package dev.pgdl.core.model;

public enum NullsOrder {
    DEFAULT,
    FIRST,
    LAST
}

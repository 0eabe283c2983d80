package dev.pgdl.core.model;

/** Whether and how a column is an identity column. */
public enum IdentityGeneration {
    NONE,
    ALWAYS,
    BY_DEFAULT
}

package dev.pgdl.core.model;

/** A schema created by CREATE SCHEMA (called a namespace here to keep "schema" for the whole model). */
public record Namespace(Identifier name, String owner, SourceLocation location) implements ModelObject {
}

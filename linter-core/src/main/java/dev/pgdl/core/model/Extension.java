package dev.pgdl.core.model;

/** An installed extension; {@code schema} is null when not given. */
public record Extension(String name, String schema, SourceLocation location) implements ModelObject {
}

package dev.pgdl.core.model;

/** {@code GRANT role TO member}. */
public record RoleMembership(String role, String member, SourceLocation location) implements ModelObject {
}

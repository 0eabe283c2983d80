package dev.pgdl.core.ddl;

import dev.pgdl.core.model.SourceLocation;

/**
 * A statement whose content matters to the schema but could not be read.
 *
 * @param object        the dotted identity of the object it names, or empty if not even that was read
 * @param statementKind {@code CREATE TABLE}, {@code CREATE INDEX}, …
 * @param reason        why, for a person
 */
public record ParseProblem(SourceLocation location, String object, String statementKind, String reason) {
}

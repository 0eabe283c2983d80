package dev.pgdl.core.model;

import java.util.List;

/**
 * A type created by CREATE DOMAIN.
 *
 * @param defaultExpression DEFAULT as SQL text, or null
 * @param checks            CHECK expressions as SQL text
 */
public record Domain(QualifiedName name, DataType baseType, boolean notNull, String defaultExpression,
                     List<String> checks, SourceLocation location) implements ModelObject {

    public Domain {
        checks = List.copyOf(checks);
    }
}

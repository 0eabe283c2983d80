package dev.pgdl.core.model;

import java.util.List;

/**
 * One migration file: the schema as the earlier files (and the base schema) leave it, and its
 * statements in order.
 */
public record Migration(String file, Schema before, List<MigrationStatement> statements) {

    public Migration {
        statements = List.copyOf(statements);
    }
}

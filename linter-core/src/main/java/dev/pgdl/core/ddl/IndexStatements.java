package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedIndex;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.QualifiedName;

/** Applies CREATE INDEX, as read by {@link IndexReader}, to the schema state. */
final class IndexStatements {

    private final SchemaState state;

    IndexStatements(SchemaState state) {
        this.state = state;
    }

    void create(SqlStatement statement, ParsedIndex parsed) {
        QualifiedName table = state.resolveRelation(parsed.table());
        String name = parsed.name() != null ? parsed.name() : PostgresNames.objectName(table.name().name(),
                parsed.elements().stream().map(e -> e.isExpression() ? "expr" : e.column().name()).toList(), "idx");
        QualifiedName indexName = new QualifiedName(table.schema(), Identifier.of(name));
        state.indexes.put(indexName, new Index(indexName, table, parsed.method(), parsed.unique(), parsed.elements(),
                parsed.include(), parsed.predicate(), parsed.nullsNotDistinct(), parsed.storageParameters(),
                parsed.onlyParent(), null, statement.at(parsed.at())));
    }
}

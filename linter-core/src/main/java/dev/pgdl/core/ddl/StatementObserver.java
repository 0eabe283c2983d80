package dev.pgdl.core.ddl;

/** Sees each top-level statement, in order, with the schema state just before the statement is applied. */
interface StatementObserver {

    StatementObserver NONE = (statement, kind, state) -> {
    };

    void beforeApplying(SqlStatement statement, StatementKind kind, SchemaState state);
}

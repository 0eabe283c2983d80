package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedView;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.View;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Applies CREATE [MATERIALIZED] VIEW, as read by {@link ViewReader}, to the schema state. */
final class ViewStatements {

    private final SchemaState state;

    ViewStatements(SchemaState state) {
        this.state = state;
    }

    void create(SqlStatement statement, ParsedView parsed) {
        QualifiedName qualified = state.qualify(parsed.name());
        // PostgreSQL creates a temporary view in the session's temporary schema, whatever schema it names
        QualifiedName name = parsed.temporary()
                ? QualifiedName.of("pg_temp", qualified.name().name()).withName(qualified.name()) : qualified;
        Set<QualifiedName> references = new LinkedHashSet<>();
        parsed.references().forEach(reference -> references.add(state.resolveRelation(reference)));
        state.views.put(name, new View(name, parsed.materialized(), parsed.temporary(), parsed.query(),
                List.copyOf(references), parsed.selectsStar(), null, statement.at(nameToken(statement))));
    }

    private static SqlToken nameToken(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.skipTo("VIEW");
        cursor.accept("VIEW");
        cursor.accept("IF", "NOT", "EXISTS");
        return cursor.atEnd() ? statement.tokens().get(0) : cursor.peek();
    }
}

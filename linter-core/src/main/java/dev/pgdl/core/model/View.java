package dev.pgdl.core.model;

import java.util.List;

/**
 * A view or materialized view.
 *
 * @param query       the defining SELECT as SQL text
 * @param references  relations the query reads (tables, views), schema-resolved
 * @param selectsStar whether the query selects {@code *} or {@code alias.*}
 * @param comment     COMMENT ON VIEW text, or null
 */
public record View(QualifiedName name, boolean materialized, boolean temporary, String query,
                   List<QualifiedName> references, boolean selectsStar, String comment,
                   SourceLocation location) implements ModelObject {

    public View {
        references = List.copyOf(references);
    }

    public View withName(QualifiedName newName) {
        return new View(newName, materialized, temporary, query, references, selectsStar, comment, location);
    }

    public View withComment(String newComment) {
        return new View(name, materialized, temporary, query, references, selectsStar, newComment, location);
    }
}

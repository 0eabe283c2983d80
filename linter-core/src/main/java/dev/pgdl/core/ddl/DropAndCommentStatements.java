package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.QualifiedName;

import java.util.List;
import java.util.stream.Stream;

/** Applies DROP and COMMENT ON, read from their tokens. */
final class DropAndCommentStatements {

    private static final List<String[]> TWO_WORD_KINDS = Stream.of("MATERIALIZED VIEW", "EVENT TRIGGER",
            "FOREIGN TABLE", "TEXT SEARCH", "ACCESS METHOD", "FOREIGN DATA", "OPERATOR CLASS", "OPERATOR FAMILY",
            "USER MAPPING", "LARGE OBJECT").map(kind -> kind.split(" ")).toList();

    private final SchemaState state;

    DropAndCommentStatements(SchemaState state) {
        this.state = state;
    }

    /** {@code DROP <kind> [CONCURRENTLY] [IF EXISTS] name, … [CASCADE]}; the cursor is after DROP. */
    void drop(TokenCursor cursor) {
        String kind = objectKind(cursor);
        cursor.accept("CONCURRENTLY");
        cursor.accept("IF", "EXISTS");
        if (kind.equals("TRIGGER") || kind.equals("POLICY")) {
            Identifier name = Identifier.fromSql(cursor.next().text());
            cursor.accept("ON");
            String table = state.resolveRelation(cursor.name()).identity();
            if (kind.equals("TRIGGER")) {
                state.triggers.remove(table + "." + name.name());
            } else {
                state.policies.remove(table + "." + name.name());
            }
            return;
        }
        for (List<Identifier> parts : cursor.names()) {
            dropOne(kind, parts);
        }
    }

    private void dropOne(String kind, List<Identifier> parts) {
        QualifiedName name = state.qualify(parts);
        switch (kind) {
            case "TABLE", "FOREIGN TABLE", "VIEW", "MATERIALIZED VIEW" -> state.dropRelation(state.resolveRelation(parts));
            case "INDEX" -> state.indexes.remove(state.resolveRelation(parts));
            case "SEQUENCE" -> state.sequences.remove(state.resolveRelation(parts));
            case "TYPE" -> {
                state.enumTypes.remove(name);
                state.otherTypes.remove(name);
            }
            case "DOMAIN" -> state.domains.remove(name);
            case "FUNCTION", "PROCEDURE" -> state.functions.keySet().removeIf(key -> key.startsWith(name.identity() + "("));
            case "EXTENSION" -> state.extensions.remove(parts.get(parts.size() - 1).name());
            case "SCHEMA" -> state.namespaces.remove(parts.get(parts.size() - 1).name());
            case "ROLE", "USER", "GROUP" -> state.roles.remove(parts.get(parts.size() - 1).name());
            case "EVENT TRIGGER" -> state.triggers.remove(parts.get(parts.size() - 1).name());
            default -> {
                // other kinds are not part of the model
            }
        }
    }

    /** {@code COMMENT ON <kind> name IS 'text' | NULL}; the cursor is after COMMENT ON. */
    void comment(TokenCursor cursor) {
        String kind = objectKind(cursor);
        List<Identifier> parts = cursor.name();
        if (parts.isEmpty() || !cursor.skipTo("IS") || !cursor.accept("IS") || cursor.atEnd()) {
            return;
        }
        SqlToken value = cursor.next();
        String text = value.isWord("NULL") ? null : ObjectStatements.unquote(value.text());
        switch (kind) {
            case "TABLE" -> state.updateTable(state.resolveRelation(parts), t -> t.withComment(text));
            case "VIEW", "MATERIALIZED VIEW" -> state.views.computeIfPresent(state.resolveRelation(parts),
                    (key, view) -> view.withComment(text));
            case "INDEX" -> state.indexes.computeIfPresent(state.resolveRelation(parts),
                    (key, index) -> index.withComment(text));
            case "COLUMN" -> commentColumn(parts, text);
            default -> {
                // comments on other kinds are not part of the model
            }
        }
    }

    private void commentColumn(List<Identifier> parts, String text) {
        if (parts.size() < 2) {
            return;
        }
        Identifier column = parts.get(parts.size() - 1);
        QualifiedName table = state.resolveRelation(parts.subList(0, parts.size() - 1));
        state.updateTable(table, t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals(column) ? c.withComment(text) : c).toList()));
    }

    /** Reads an object kind of one or two words: TABLE, MATERIALIZED VIEW, EVENT TRIGGER, … */
    static String objectKind(TokenCursor cursor) {
        for (String[] words : TWO_WORD_KINDS) {
            if (cursor.accept(words)) {
                return words[0] + " " + words[1];
            }
        }
        return cursor.atEnd() ? "" : cursor.next().upper();
    }
}

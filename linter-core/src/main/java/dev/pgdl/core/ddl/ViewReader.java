package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedView;
import dev.pgdl.core.model.Identifier;

import java.util.List;

/**
 * Reads CREATE [MATERIALIZED] VIEW from its tokens, without the schema state (names are resolved
 * when the statement is applied, in file order):
 * <pre>
 * CREATE [OR REPLACE] [TEMP | TEMPORARY] [RECURSIVE] [MATERIALIZED] VIEW [IF NOT EXISTS] name [(column, …)]
 *     [USING method] [WITH (option [= value], …)] [TABLESPACE t] AS query
 *     [WITH [CASCADED | LOCAL] CHECK OPTION | WITH [NO] DATA]
 * </pre>
 * The query keeps the text as written, each run of blanks and comments made one space. A statement
 * PostgreSQL would reject is a failure naming the first token that does not fit.
 */
final class ViewReader {

    private ViewReader() {
    }

    static ParseOutcome read(SqlStatement statement, StatementKind kind) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        try {
            List<SqlToken> head = statement.tokens().subList(0, kind.objectAt());
            boolean temporary = SqlToken.hasWords(head, "TEMP") || SqlToken.hasWords(head, "TEMPORARY");
            boolean recursive = SqlToken.hasWords(head, "RECURSIVE");
            List<Identifier> name = cursor.name();
            if (name.isEmpty()) {
                throw new UnexpectedToken(cursor);
            }
            if (!cursor.atEnd() && cursor.peek().isSymbol("(")) {
                cursor.skipGroup();
            }
            options(cursor);
            int start = cursor.position();
            QueryReader.Query query = QueryReader.read(cursor, recursive ? name.get(name.size() - 1) : null);
            String text = cursor.render(start, cursor.position() - 1);
            viewOption(cursor);
            if (!cursor.atEnd()) {
                throw new UnexpectedToken(cursor);
            }
            return ParseOutcome.parsed(new ParsedView(name, kind.name().endsWith("MATERIALIZED VIEW"), temporary,
                    text, query.references(), query.selectsStar()));
        } catch (UnexpectedToken e) {
            return ParseOutcome.failed(e.getMessage());
        }
    }

    /** {@code [USING method] [WITH (…)] [TABLESPACE t] AS}, in any order. */
    private static void options(TokenCursor cursor) {
        while (!cursor.accept("AS")) {
            if (cursor.acceptAny("USING", "TABLESPACE") != null) {
                if (cursor.name().isEmpty()) {
                    throw new UnexpectedToken(cursor);
                }
            } else if (cursor.accept("WITH") && !cursor.atEnd() && cursor.peek().isSymbol("(")) {
                cursor.skipGroup();
            } else {
                throw new UnexpectedToken(cursor);
            }
        }
    }

    /** {@code WITH [CASCADED | LOCAL] CHECK OPTION} or {@code WITH [NO] DATA}, if there. */
    private static void viewOption(TokenCursor cursor) {
        if (!cursor.accept("WITH")) {
            return;
        }
        boolean checkOption = cursor.acceptAny("CASCADED", "LOCAL") != null;
        if (!cursor.accept("CHECK", "OPTION") && (checkOption || !cursor.accept("DATA") && !cursor.accept("NO", "DATA"))) {
            throw new UnexpectedToken(cursor);
        }
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedIndex;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.NullsOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CREATE INDEX from its tokens, without the schema state (names are resolved when the
 * statement is applied, in file order):
 * <pre>
 * CREATE [UNIQUE] INDEX [CONCURRENTLY] [[IF NOT EXISTS] name] ON [ONLY] table [USING method]
 *     ({column | (expression) | function(…)} [COLLATE c] [opclass [(…)]] [ASC | DESC] [NULLS {FIRST | LAST}], …)
 *     [INCLUDE (column, …)] [NULLS [NOT] DISTINCT] [WITH (parameter [= value], …)] [TABLESPACE t] [WHERE predicate]
 * </pre>
 * Expressions and the predicate keep the text as written, each run of blanks and comments made one space.
 */
final class IndexReader {

    private IndexReader() {
    }

    static ParseOutcome read(SqlStatement statement, StatementKind kind) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        boolean unique = statement.tokens().subList(0, kind.objectAt()).stream().anyMatch(t -> t.isWord("UNIQUE"));
        SqlToken at = statement.tokens().get(0);
        String name = null;
        if (!cursor.peekWords("ON")) {
            at = cursor.peek();
            List<Identifier> written = cursor.name();
            if (written.isEmpty()) {
                return unexpected(cursor);
            }
            name = written.get(written.size() - 1).name();
        }
        if (!cursor.accept("ON")) {
            return unexpected(cursor);
        }
        boolean onlyParent = cursor.accept("ONLY");
        List<Identifier> table = cursor.name();
        if (table.isEmpty()) {
            return unexpected(cursor);
        }
        String method = "btree";
        if (cursor.accept("USING")) {
            method = cursor.atEnd() ? method : Identifier.fromSql(cursor.next().text()).name();
        }
        if (!atGroup(cursor)) {
            return unexpected(cursor);
        }
        List<IndexElement> elements = new ArrayList<>();
        for (List<SqlToken> tokens : TableStatements.elementsOfGroup(statement, cursor)) {
            TokenCursor element = new TokenCursor(statement.slice(tokens));
            IndexElement read = element(element);
            if (read == null || !element.atEnd()) {
                return unexpected(element);
            }
            elements.add(read);
        }
        List<Identifier> include = List.of();
        boolean nullsNotDistinct = false;
        Map<String, String> storage = Map.of();
        String predicate = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("INCLUDE")) {
                if (!atGroup(cursor)) {
                    return unexpected(cursor);
                }
                include = TableConstraintReader.identifiers(cursor.skipGroup());
            } else if (cursor.accept("NULLS", "NOT", "DISTINCT")) {
                nullsNotDistinct = true;
            } else if (cursor.accept("NULLS", "DISTINCT")) {
                nullsNotDistinct = false;
            } else if (cursor.accept("WITH")) {
                if (!atGroup(cursor)) {
                    return unexpected(cursor);
                }
                storage = TableStatements.storageParameters(cursor.skipGroup());
            } else if (cursor.accept("TABLESPACE")) {
                if (cursor.name().isEmpty()) {
                    return unexpected(cursor);
                }
            } else if (cursor.accept("WHERE") && !cursor.atEnd()) {
                predicate = cursor.renderRest();
            } else {
                return unexpected(cursor);
            }
        }
        return ParseOutcome.parsed(new ParsedIndex(table, name, method, unique, elements, include, predicate,
                nullsNotDistinct, storage, onlyParent, at));
    }

    /**
     * {@code column | (expression) | function(…)}, then its COLLATE, operator class, order and NULLS placement;
     * null when the element starts with anything else.
     */
    private static IndexElement element(TokenCursor cursor) {
        Identifier column = null;
        String expression = null;
        if (cursor.peek().isSymbol("(")) {
            expression = ColumnReader.stripParentheses(cursor.renderGroup());
        } else if (!cursor.peek().isIdentifier()) {
            return null;
        } else if (cursor.peekCall()) {
            int start = cursor.position();
            cursor.name();
            cursor.skipGroup();
            expression = cursor.render(start, cursor.position() - 1);
        } else {
            column = Identifier.fromSql(cursor.next().text());
        }
        String collation = null;
        if (cursor.accept("COLLATE")) {
            int start = cursor.position();
            cursor.name();
            collation = cursor.render(start, cursor.position() - 1);
        }
        String opclass = null;
        if (!cursor.atEnd() && cursor.peek().isIdentifier() && !isOrdering(cursor)) {
            int start = cursor.position();
            cursor.name();
            opclass = cursor.render(start, cursor.position() - 1);
            if (atGroup(cursor)) {
                cursor.skipGroup();
            }
        }
        boolean descending = "DESC".equals(cursor.acceptAny("ASC", "DESC"));
        NullsOrder nulls = cursor.accept("NULLS", "FIRST") ? NullsOrder.FIRST
                : cursor.accept("NULLS", "LAST") ? NullsOrder.LAST : NullsOrder.DEFAULT;
        return new IndexElement(column, expression, opclass, collation, descending, nulls);
    }

    private static boolean atGroup(TokenCursor cursor) {
        return !cursor.atEnd() && cursor.peek().isSymbol("(");
    }

    private static boolean isOrdering(TokenCursor cursor) {
        return cursor.peekWords("ASC") || cursor.peekWords("DESC") || cursor.peekWords("NULLS");
    }

    private static ParseOutcome unexpected(TokenCursor cursor) {
        if (cursor.atEnd()) {
            return ParseOutcome.failed("the statement ends too early");
        }
        SqlToken token = cursor.peek();
        return ParseOutcome.failed("unexpected \"" + token.text() + "\" at line " + token.line() + ", column "
                + token.column());
    }
}

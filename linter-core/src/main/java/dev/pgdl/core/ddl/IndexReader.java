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
 * A statement PostgreSQL would reject is a failure naming the first token that does not fit.
 */
final class IndexReader {

    /** What follows the element list. */
    private record Clauses(List<Identifier> include, boolean nullsNotDistinct, Map<String, String> storage,
                           String predicate) {
    }

    private IndexReader() {
    }

    static ParseOutcome read(SqlStatement statement, StatementKind kind) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        try {
            boolean unique = SqlToken.hasWords(statement.tokens().subList(0, kind.objectAt()), "UNIQUE");
            boolean named = !cursor.peekWords("ON");
            SqlToken at = named ? cursor.peek() : statement.tokens().get(0);
            String name = named ? last(name(cursor)).name() : null;
            if (!cursor.accept("ON")) {
                throw new UnexpectedToken(cursor);
            }
            boolean onlyParent = cursor.accept("ONLY");
            List<Identifier> table = name(cursor);
            String method = cursor.accept("USING") ? last(name(cursor)).name() : "btree";
            List<IndexElement> elements = elements(statement, cursor);
            Clauses clauses = clauses(cursor);
            return ParseOutcome.parsed(new ParsedIndex(table, name, method, unique, elements, clauses.include(),
                    clauses.predicate(), clauses.nullsNotDistinct(), clauses.storage(), onlyParent, at));
        } catch (UnexpectedToken e) {
            return ParseOutcome.failed(e.getMessage());
        }
    }

    private static List<IndexElement> elements(SqlStatement statement, TokenCursor cursor) {
        requireGroup(cursor);
        List<IndexElement> elements = new ArrayList<>();
        for (List<SqlToken> tokens : TableStatements.elementsOfGroup(statement, cursor)) {
            TokenCursor element = new TokenCursor(statement.slice(tokens));
            elements.add(element(element));
            if (!element.atEnd()) {
                throw new UnexpectedToken(element);
            }
        }
        return elements;
    }

    /** {@code column | (expression) | function(…)}, then its COLLATE, operator class, order and NULLS placement. */
    private static IndexElement element(TokenCursor cursor) {
        Identifier column = null;
        String expression = null;
        if (cursor.peek().isSymbol("(")) {
            expression = ColumnReader.stripParentheses(cursor.renderGroup());
        } else if (cursor.peekCall()) {
            int start = cursor.position();
            cursor.name();
            cursor.skipGroup();
            expression = cursor.render(start, cursor.position() - 1);
        } else if (cursor.peek().isIdentifier()) {
            column = Identifier.fromSql(cursor.next().text());
        } else {
            throw new UnexpectedToken(cursor);
        }
        String collation = cursor.accept("COLLATE") ? writtenName(cursor) : null;
        String opclass = null;
        if (!cursor.atEnd() && cursor.peek().isIdentifier() && !isOrdering(cursor)) {
            opclass = writtenName(cursor);
            if (atGroup(cursor)) {
                cursor.skipGroup();
            }
        }
        boolean descending = "DESC".equals(cursor.acceptAny("ASC", "DESC"));
        NullsOrder nulls = cursor.accept("NULLS", "FIRST") ? NullsOrder.FIRST
                : cursor.accept("NULLS", "LAST") ? NullsOrder.LAST : NullsOrder.DEFAULT;
        return new IndexElement(column, expression, opclass, collation, descending, nulls);
    }

    private static Clauses clauses(TokenCursor cursor) {
        List<Identifier> include = List.of();
        boolean nullsNotDistinct = false;
        Map<String, String> storage = Map.of();
        String predicate = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("INCLUDE")) {
                requireGroup(cursor);
                include = TableConstraintReader.identifiers(cursor.skipGroup());
            } else if (cursor.accept("NULLS", "NOT", "DISTINCT")) {
                nullsNotDistinct = true;
            } else if (cursor.accept("NULLS", "DISTINCT")) {
                nullsNotDistinct = false;
            } else if (cursor.accept("WITH")) {
                requireGroup(cursor);
                storage = TableStatements.storageParameters(cursor.skipGroup());
            } else if (cursor.accept("TABLESPACE")) {
                name(cursor);
            } else if (cursor.accept("WHERE") && !cursor.atEnd()) {
                predicate = cursor.renderRest();
            } else {
                throw new UnexpectedToken(cursor);
            }
        }
        return new Clauses(include, nullsNotDistinct, storage, predicate);
    }

    private static List<Identifier> name(TokenCursor cursor) {
        List<Identifier> name = cursor.name();
        if (name.isEmpty()) {
            throw new UnexpectedToken(cursor);
        }
        return name;
    }

    /** A possibly qualified name as written ({@code pg_catalog."default"}). */
    private static String writtenName(TokenCursor cursor) {
        int start = cursor.position();
        name(cursor);
        return cursor.render(start, cursor.position() - 1);
    }

    private static Identifier last(List<Identifier> name) {
        return name.get(name.size() - 1);
    }

    private static void requireGroup(TokenCursor cursor) {
        if (!atGroup(cursor)) {
            throw new UnexpectedToken(cursor);
        }
    }

    private static boolean atGroup(TokenCursor cursor) {
        return !cursor.atEnd() && cursor.peek().isSymbol("(");
    }

    private static boolean isOrdering(TokenCursor cursor) {
        return cursor.peekWords("ASC") || cursor.peekWords("DESC") || cursor.peekWords("NULLS");
    }
}

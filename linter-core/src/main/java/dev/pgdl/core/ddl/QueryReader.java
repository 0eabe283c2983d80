package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a query (the SELECT of a view) from its tokens, for what the model keeps of it: the
 * relations it reads and whether its result columns come from {@code *}.
 * <pre>
 * [WITH [RECURSIVE] name [(…)] AS [[NOT] MATERIALIZED] (query), …]
 *     {SELECT … | VALUES (…), … | TABLE name | (query)} [{UNION | INTERSECT | EXCEPT} [ALL | DISTINCT] …]
 *     [ORDER BY …] [LIMIT …] [OFFSET …] [FETCH …] [FOR …]
 * SELECT [ALL | DISTINCT [ON (…)]] [item, …] [FROM from_item, …] [WHERE …] [GROUP BY …] [HAVING …] [WINDOW …]
 * </pre>
 * The clauses are read as far as they tell where relations are named (FROM items, joins, subqueries
 * anywhere); expressions are skipped but for the subqueries in them. A relation whose unqualified
 * name is also that of a WITH query or of a subquery's alias, anywhere in the query, is not one.
 * A query PostgreSQL would reject at the level of its clauses is an {@link UnexpectedToken}.
 */
final class QueryReader {

    /** What a view's query reads, and whether its result columns come from {@code *} or {@code alias.*}. */
    record Query(List<List<Identifier>> references, boolean selectsStar) {
    }

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "VALUES", "WITH", "TABLE");

    /** Words that end an expression at its own parenthesis level: the clauses and joins that may follow one. */
    private static final Set<String> EXPRESSION_ENDS = Set.of("FROM", "WHERE", "GROUP", "HAVING", "WINDOW", "ORDER",
            "LIMIT", "OFFSET", "FETCH", "FOR", "UNION", "INTERSECT", "EXCEPT", "INTO", "JOIN", "INNER", "CROSS",
            "NATURAL", "FULL", "LEFT", "RIGHT");

    /** What may follow a parenthesized query in a parenthesized query, telling it from a parenthesized join. */
    private static final Set<String> SET_OPERATIONS_AND_TAIL = Set.of("UNION", "INTERSECT", "EXCEPT", "ORDER",
            "LIMIT", "OFFSET", "FETCH", "FOR");

    /** Key words that cannot name a relation or be an alias written without AS. */
    private static final Set<String> RESERVED = Set.of("ALL", "AND", "ANY", "ARRAY", "AS", "ASC", "CASE", "CAST",
            "CHECK", "COLLATE", "COLUMN", "CONSTRAINT", "CREATE", "CROSS", "DEFAULT", "DESC", "DISTINCT", "DO", "ELSE",
            "END", "EXCEPT", "FALSE", "FETCH", "FOR", "FOREIGN", "FROM", "FULL", "GRANT", "GROUP", "HAVING", "IN",
            "INNER", "INTERSECT", "INTO", "IS", "JOIN", "LATERAL", "LEFT", "LIMIT", "NATURAL", "NOT", "NULL", "OFFSET",
            "ON", "ONLY", "OR", "ORDER", "OUTER", "PRIMARY", "REFERENCES", "RETURNING", "RIGHT", "SELECT", "SOME",
            "TABLE", "TABLESAMPLE", "THEN", "TO", "TRUE", "UNION", "UNIQUE", "USING", "WHEN", "WHERE", "WINDOW",
            "WITH");

    private final TokenCursor cursor;
    private final List<List<Identifier>> relations = new ArrayList<>();
    private final Set<Identifier> derivedNames = new HashSet<>();

    private QueryReader(TokenCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Reads the query at the cursor, leaving the cursor after it.
     *
     * @param derivedName a name the query's relations mean itself by (a recursive view's), or null
     */
    static Query read(TokenCursor cursor, Identifier derivedName) {
        QueryReader reader = new QueryReader(cursor);
        if (derivedName != null) {
            reader.derivedNames.add(derivedName);
        }
        boolean selectsStar = reader.query();
        Set<List<Identifier>> references = new LinkedHashSet<>();
        for (List<Identifier> relation : reader.relations) {
            if (relation.size() > 1 || !reader.derivedNames.contains(relation.get(0))) {
                references.add(relation);
            }
        }
        return new Query(List.copyOf(references), selectsStar);
    }

    /** Whether the next tokens end a view's query: {@code WITH [CASCADED | LOCAL] CHECK OPTION} or {@code WITH [NO] DATA}. */
    static boolean atViewOptions(TokenCursor cursor) {
        return cursor.peekWords("WITH", "CHECK") || cursor.peekWords("WITH", "CASCADED")
                || cursor.peekWords("WITH", "LOCAL") || cursor.peekWords("WITH", "DATA")
                || cursor.peekWords("WITH", "NO", "DATA");
    }

    private boolean query() {
        if (cursor.accept("WITH")) {
            cursor.accept("RECURSIVE");
            do {
                withQuery();
            } while (cursor.acceptSymbol(","));
        }
        boolean selectsStar = setOperand();
        while (cursor.acceptAny("UNION", "INTERSECT", "EXCEPT") != null) {
            cursor.acceptAny("ALL", "DISTINCT");
            selectsStar |= setOperand();
        }
        if (cursor.accept("ORDER", "BY")) {
            expressions();
        }
        while (cursor.acceptAny("LIMIT", "OFFSET", "FETCH", "FOR") != null) {
            expression();
        }
        return selectsStar;
    }

    /** {@code name [(column, …)] AS [[NOT] MATERIALIZED] (query) [SEARCH …] [CYCLE …]}. */
    private void withQuery() {
        derivedNames.add(requiredIdentifier());
        if (atGroup()) {
            cursor.skipGroup();
        }
        require("AS");
        cursor.accept("NOT");
        cursor.accept("MATERIALIZED");
        subquery();
        while (cursor.acceptAny("SEARCH", "CYCLE") != null) {
            while (!cursor.atEnd() && !cursor.peek().isSymbol(",") && !startsQuery(cursor.peek())) {
                cursor.next();
            }
        }
    }

    private boolean setOperand() {
        if (atGroup()) {
            return subquery();
        }
        if (cursor.accept("SELECT")) {
            return select();
        }
        if (cursor.accept("VALUES")) {
            do {
                requireGroup();
                nested();
            } while (cursor.acceptSymbol(","));
            return false;
        }
        if (cursor.accept("TABLE")) {
            relation();
            return true;
        }
        throw new UnexpectedToken(cursor);
    }

    /** {@code (query)}; whether the query selects {@code *}. */
    private boolean subquery() {
        requireGroup();
        cursor.next();
        boolean selectsStar = query();
        requireClose();
        return selectsStar;
    }

    private boolean select() {
        if (cursor.accept("DISTINCT")) {
            if (cursor.accept("ON")) {
                requireGroup();
                nested();
            }
        } else {
            cursor.accept("ALL");
        }
        boolean selectsStar = false;
        if (!atExpressionEnd()) {
            do {
                selectsStar |= selectItem();
            } while (cursor.acceptSymbol(","));
        }
        if (cursor.accept("FROM")) {
            do {
                fromItem();
            } while (cursor.acceptSymbol(","));
        }
        if (cursor.accept("WHERE")) {
            expression();
        }
        if (cursor.accept("GROUP", "BY")) {
            cursor.acceptAny("ALL", "DISTINCT");
            expressions();
        }
        if (cursor.accept("HAVING")) {
            expression();
        }
        if (cursor.accept("WINDOW")) {
            do {
                requiredIdentifier();
                require("AS");
                requireGroup();
                nested();
            } while (cursor.acceptSymbol(","));
        }
        return selectsStar;
    }

    /** An expression with its alias; whether it is {@code *} or {@code alias.*}. */
    private boolean selectItem() {
        int start = cursor.position();
        expression();
        int end = cursor.position();
        if (!cursor.at(end - 1).peek().isSymbol("*")) {
            return false;
        }
        TokenCursor item = cursor.at(start);
        if (end - start > 1) {
            item.name();
            return item.acceptSymbol(".") && item.position() == end - 1;
        }
        return true;
    }

    /** A table reference followed by its joins. */
    private void fromItem() {
        tableReference();
        while (true) {
            if (cursor.accept("CROSS", "JOIN")) {
                tableReference();
            } else if (cursor.accept("NATURAL")) {
                joinType();
                require("JOIN");
                tableReference();
            } else if (joinType() || cursor.peekWords("JOIN")) {
                require("JOIN");
                tableReference();
                joinCondition();
            } else {
                return;
            }
        }
    }

    /** {@code INNER | {LEFT | RIGHT | FULL} [OUTER]}; whether there was one. */
    private boolean joinType() {
        if (cursor.accept("INNER")) {
            return true;
        }
        if (cursor.acceptAny("LEFT", "RIGHT", "FULL") != null) {
            cursor.accept("OUTER");
            return true;
        }
        return false;
    }

    private void joinCondition() {
        if (cursor.accept("ON")) {
            expression();
        } else if (cursor.accept("USING")) {
            requireGroup();
            cursor.skipGroup();
            if (cursor.accept("AS")) {
                requiredIdentifier();
            }
        } else {
            throw new UnexpectedToken(cursor);
        }
    }

    /**
     * {@code [LATERAL] (query) alias}, {@code (from_item) [alias]}, {@code [LATERAL] function(…) [alias]},
     * {@code ROWS FROM (…) [alias]} or {@code [ONLY] relation [*] [alias] [TABLESAMPLE …]}.
     */
    private void tableReference() {
        cursor.accept("LATERAL");
        if (atGroup()) {
            if (isQueryGroup(cursor.position())) {
                subquery();
                Identifier alias = alias();
                if (alias != null) {
                    derivedNames.add(alias);
                }
            } else {
                cursor.next();
                fromItem();
                requireClose();
                alias();
            }
        } else if (cursor.accept("ROWS", "FROM")) {
            requireGroup();
            nested();
            functionSuffix();
        } else if (!cursor.peekWords("ONLY") && cursor.peekCall()) {
            cursor.name();
            nested();
            functionSuffix();
        } else {
            boolean parenthesized = cursor.accept("ONLY") && cursor.acceptSymbol("(");
            relation();
            if (parenthesized) {
                requireClose();
            }
            cursor.acceptSymbol("*");
            alias();
            if (cursor.accept("TABLESAMPLE")) {
                cursor.name();
                requireGroup();
                nested();
                if (cursor.accept("REPEATABLE")) {
                    requireGroup();
                    nested();
                }
            }
        }
    }

    private void functionSuffix() {
        cursor.accept("WITH", "ORDINALITY");
        alias();
    }

    private void relation() {
        if (!startsName()) {
            throw new UnexpectedToken(cursor);
        }
        relations.add(cursor.name());
    }

    /** {@code [AS] alias [(column, …)]}; the alias, or null when there is none. */
    private Identifier alias() {
        Identifier alias = null;
        if (cursor.accept("AS")) {
            alias = requiredIdentifier();
        } else if (startsName()) {
            alias = Identifier.fromSql(cursor.next().text());
        }
        if (alias != null && atGroup()) {
            cursor.skipGroup();
        }
        return alias;
    }

    /** Whether the group opening at {@code open} holds a query rather than a join. */
    private boolean isQueryGroup(int open) {
        TokenCursor inside = cursor.at(open + 1);
        if (inside.atEnd() || startsQuery(inside.peek())) {
            return !inside.atEnd();
        }
        if (!inside.peek().isSymbol("(")) {
            return false;
        }
        inside.skipGroup();
        if (inside.atEnd() || inside.peek().isSymbol(")")) {
            return isQueryGroup(open + 1);
        }
        return inside.peek().kind() == SqlToken.Kind.WORD && SET_OPERATIONS_AND_TAIL.contains(inside.peek().upper());
    }

    private void expressions() {
        do {
            expression();
        } while (cursor.acceptSymbol(","));
    }

    /** Skips an expression up to a comma or a clause at its level, reading the subqueries in it; it may not be empty. */
    private void expression() {
        int start = cursor.position();
        int brackets = 0;
        SqlToken previous = null;
        while (!cursor.atEnd() && !cursor.peek().isSymbol(")")
                && !(brackets == 0 && (cursor.peek().isSymbol(",") || atExpressionEnd(previous)))) {
            if (cursor.peek().isSymbol("(")) {
                nested();
                previous = null;
                continue;
            }
            previous = cursor.next();
            brackets += previous.isSymbol("[") ? 1 : previous.isSymbol("]") ? -1 : 0;
        }
        if (cursor.position() == start) {
            throw new UnexpectedToken(cursor);
        }
    }

    private boolean atExpressionEnd() {
        return cursor.atEnd() || cursor.peek().isSymbol(")") || atExpressionEnd(null);
    }

    /**
     * Whether a clause or join starts here: not after a dot ({@code st.group} is a column), nor in
     * {@code IS DISTINCT FROM} or {@code WITHIN GROUP}.
     */
    private boolean atExpressionEnd(SqlToken previous) {
        SqlToken token = cursor.peek();
        if (token.kind() != SqlToken.Kind.WORD || previous != null && previous.isSymbol(".")) {
            return false;
        }
        if (atViewOptions(cursor)) {
            return true;
        }
        String word = token.upper();
        if (!EXPRESSION_ENDS.contains(word)) {
            return false;
        }
        boolean continues = word.equals("FROM") && previous != null && previous.isWord("DISTINCT")
                || word.equals("GROUP") && previous != null && previous.isWord("WITHIN")
                || (word.equals("LEFT") || word.equals("RIGHT")) && cursor.peekCall();
        return !continues;
    }

    /** Skips a parenthesized group, reading it as a query when it is one and the subqueries in it otherwise. */
    private void nested() {
        SqlToken first = cursor.at(cursor.position() + 1).peek();
        if (first != null && startsQuery(first)) {
            subquery();
            return;
        }
        cursor.next();
        while (!cursor.atEnd() && !cursor.peek().isSymbol(")")) {
            if (cursor.peek().isSymbol("(")) {
                nested();
            } else {
                cursor.next();
            }
        }
        requireClose();
    }

    private static boolean startsQuery(SqlToken token) {
        return token.kind() == SqlToken.Kind.WORD && QUERY_STARTS.contains(token.upper());
    }

    private boolean startsName() {
        SqlToken token = cursor.peek();
        return token != null && (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER
                || token.kind() == SqlToken.Kind.WORD && !RESERVED.contains(token.upper()) && !atViewOptions(cursor));
    }

    private Identifier requiredIdentifier() {
        if (cursor.atEnd() || !cursor.peek().isIdentifier()) {
            throw new UnexpectedToken(cursor);
        }
        return Identifier.fromSql(cursor.next().text());
    }

    private void require(String word) {
        if (!cursor.accept(word)) {
            throw new UnexpectedToken(cursor);
        }
    }

    private boolean atGroup() {
        return !cursor.atEnd() && cursor.peek().isSymbol("(");
    }

    private void requireGroup() {
        if (!atGroup()) {
            throw new UnexpectedToken(cursor);
        }
    }

    private void requireClose() {
        if (!cursor.acceptSymbol(")")) {
            throw new UnexpectedToken(cursor);
        }
    }
}

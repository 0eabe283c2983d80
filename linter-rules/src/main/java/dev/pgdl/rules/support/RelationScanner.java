package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.rules.support.SqlWords.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the relations an SQL or PL/pgSQL body reads or writes: the names after {@code FROM},
 * {@code JOIN}, {@code INSERT INTO}, {@code UPDATE}, {@code DELETE FROM} and {@code MERGE INTO …
 * USING}. A name followed by {@code (} is a function ({@code generate_series(…)}); names of
 * common table expressions are not relations. Dynamic SQL in strings is not seen.
 */
public final class RelationScanner {

    /**
     * A relation name as written, {@code schema} null when unqualified. {@code certain} is false
     * where the word only might be a relation: a {@code FROM} inside the parentheses of a function
     * call such as {@code EXTRACT(YEAR FROM ordered_on)}.
     */
    public record RelationRef(Identifier schema, Identifier name, boolean certain) {

        public String written() {
            return schema == null ? name.name() : schema.name() + "." + name.name();
        }
    }

    private static final Set<String> NOT_A_RELATION = Set.of("only", "lateral", "select", "values", "set", "with");
    /** {@code FOR UPDATE}, {@code FOR NO KEY UPDATE}, {@code ON CONFLICT … DO UPDATE}, {@code GRANT UPDATE}. */
    private static final Set<String> UPDATE_NOT_A_STATEMENT_AFTER = Set.of("for", "key", "do", "on", "or", "of", "grant");
    private static final Set<String> QUERY_STARTS = Set.of("select", "with", "values");

    private RelationScanner() {
    }

    public static List<RelationRef> relations(String body) {
        List<Token> tokens = SqlWords.tokens(body);
        Set<Identifier> cteNames = cteNames(tokens);
        List<RelationRef> found = new ArrayList<>();
        Deque<Boolean> queryParentheses = new ArrayDeque<>();
        boolean inFetch = false;
        boolean inMerge = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            Token previous = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (token.isSymbol('(')) {
                queryParentheses.push(next != null && next.word() && !next.quoted()
                        && QUERY_STARTS.contains(next.text().toLowerCase(Locale.ROOT)));
            } else if (token.isSymbol(')')) {
                queryParentheses.poll();
            } else if (token.isSymbol(';')) {
                inFetch = false;
                inMerge = false;
            } else if (token.is("fetch") || token.is("move")) {
                inFetch = true;
            } else if (token.is("merge")) {
                inMerge = true;
            } else if (token.is("from") && !inFetch && !(previous != null && (previous.is("distinct") || previous.is("delete")))) {
                boolean certain = queryParentheses.isEmpty() || queryParentheses.peek();
                readList(tokens, i + 1, certain, cteNames, found);
            } else if (token.is("into") && previous != null && (previous.is("insert") || previous.is("merge"))) {
                read(tokens, i + 1, true, false, cteNames, found);
            } else if (token.is("join") || (token.is("using") && inMerge)
                    || (token.is("from") && previous != null && previous.is("delete"))
                    || (token.is("update") && !(previous != null && (previous.isSymbol(',')
                    || (previous.word() && UPDATE_NOT_A_STATEMENT_AFTER.contains(previous.text().toLowerCase(Locale.ROOT))))))) {
                read(tokens, i + 1, true, true, cteNames, found);
            }
        }
        return found;
    }

    /** A FROM list: {@code FROM a x, b AS y, c}. */
    private static void readList(List<Token> tokens, int at, boolean certain, Set<Identifier> cteNames,
                                 List<RelationRef> found) {
        int i = at;
        while (i >= 0) {
            i = read(tokens, i, certain, true, cteNames, found);
            if (i < 0) {
                return;
            }
            if (i < tokens.size() && tokens.get(i).is("as")) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).word()) {
                i++;
            }
            i = i < tokens.size() && tokens.get(i).isSymbol(',') ? i + 1 : -1;
        }
    }

    /**
     * Reads {@code [ONLY] name[.name]} at {@code at}; returns the position after it, or -1 when none
     * is there. Where a function may stand ({@code FROM}), a following {@code (} makes it a call;
     * after {@code INSERT INTO} it opens the column list.
     */
    private static int read(List<Token> tokens, int at, boolean certain, boolean functionMayStand,
                            Set<Identifier> cteNames, List<RelationRef> found) {
        int i = at;
        while (i < tokens.size() && (tokens.get(i).is("only") || tokens.get(i).is("lateral"))) {
            i++;
        }
        if (i >= tokens.size() || !tokens.get(i).word()
                || (!tokens.get(i).quoted() && NOT_A_RELATION.contains(tokens.get(i).text().toLowerCase(Locale.ROOT)))) {
            return -1;
        }
        Identifier first = tokens.get(i).identifier();
        Identifier schema = null;
        Identifier name = first;
        i++;
        if (i + 1 < tokens.size() && tokens.get(i).isSymbol('.') && tokens.get(i + 1).word()) {
            schema = first;
            name = tokens.get(i + 1).identifier();
            i += 2;
        }
        if (functionMayStand && i < tokens.size() && tokens.get(i).isSymbol('(')) {
            return -1;
        }
        if (schema != null || !cteNames.contains(name)) {
            found.add(new RelationRef(schema, name, certain));
        }
        return i;
    }

    /** Names defined by {@code name AS [NOT] [MATERIALIZED] (}. */
    private static Set<Identifier> cteNames(List<Token> tokens) {
        Set<Identifier> names = new HashSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).word() && tokens.get(i + 1).is("as")) {
                int j = i + 2;
                while (j < tokens.size() && (tokens.get(j).is("not") || tokens.get(j).is("materialized"))) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).isSymbol('(')) {
                    names.add(tokens.get(i).identifier());
                }
            }
        }
        return names;
    }
}

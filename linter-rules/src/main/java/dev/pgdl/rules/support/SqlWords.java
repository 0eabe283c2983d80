package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A rough lexer for SQL and PL/pgSQL bodies: words (identifiers and keywords) and single-character
 * symbols, without comments and without string literals of any quoting (so the SQL text of a
 * dynamic {@code EXECUTE} is not looked at).
 */
public final class SqlWords {

    /** One token: a word (quoted or not) or a symbol such as {@code (}. */
    public record Token(String text, boolean word, boolean quoted) {

        /** Whether this is the unquoted keyword {@code keyword}, in any case. */
        public boolean is(String keyword) {
            return word && !quoted && text.equalsIgnoreCase(keyword);
        }

        public boolean isSymbol(char symbol) {
            return !word && text.equals(String.valueOf(symbol));
        }

        public Identifier identifier() {
            return quoted ? new Identifier(text, true) : Identifier.fromSql(text);
        }
    }

    private SqlWords() {
    }

    public static List<Token> tokens(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (sql.startsWith("--", i)) {
                i = endOf(sql, "\n", i + 2);
            } else if (sql.startsWith("/*", i)) {
                i = endOf(sql, "*/", i + 2);
            } else if (c == '\'') {
                i = endOfQuoted(sql, '\'', i + 1, false);
            } else if ((c == 'E' || c == 'e') && sql.startsWith("'", i + 1)) {
                i = endOfQuoted(sql, '\'', i + 2, true);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                i = endOf(sql, tag, i + tag.length());
            } else if (c == '"') {
                int end = endOfQuoted(sql, '"', i + 1, false);
                tokens.add(new Token(sql.substring(i + 1, end - 1).replace("\"\"", "\""), true, true));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || "_$".indexOf(sql.charAt(end)) >= 0)) {
                    end++;
                }
                tokens.add(new Token(sql.substring(i, end), true, false));
                i = end;
            } else {
                tokens.add(new Token(String.valueOf(c), false, false));
                i++;
            }
        }
        return tokens;
    }

    /** The position after {@code terminator}, searched from {@code from}; the end of the text if absent. */
    private static int endOf(String sql, String terminator, int from) {
        int at = sql.indexOf(terminator, from);
        return at < 0 ? sql.length() : at + terminator.length();
    }

    /** The position after the closing quote, where a doubled quote (or, in {@code E'…'}, an escaped one) is text. */
    private static int endOfQuoted(String sql, char quote, int from, boolean backslashEscapes) {
        int i = from;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            if (backslashEscapes && sql.charAt(i) == '\\') {
                i++;
            }
            i++;
        }
        return sql.length();
    }

    /** The dollar-quote tag starting at {@code at} ({@code $$}, {@code $q$}), or null for a parameter like {@code $1}. */
    private static String dollarTag(String sql, int at) {
        int end = at + 1;
        while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_'
                || (end > at + 1 && Character.isDigit(sql.charAt(end))))) {
            end++;
        }
        return end < sql.length() && sql.charAt(end) == '$' ? sql.substring(at, end + 1) : null;
    }
}

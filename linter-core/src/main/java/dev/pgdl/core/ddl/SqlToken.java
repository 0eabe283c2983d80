package dev.pgdl.core.ddl;

import java.util.List;
import java.util.Locale;

/**
 * One lexical token of a SQL file, positioned in the file.
 *
 * @param text   the token as written (quotes included)
 * @param offset character offset in the file
 * @param line   1-based line in the file
 * @param column 1-based column in the file
 * @param depth  parenthesis depth within its statement at the token's start
 */
record SqlToken(Kind kind, String text, int offset, int line, int column, int depth) {

    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, DOLLAR_STRING, NUMBER, SYMBOL }

    boolean isWord(String upperCaseWord) {
        return kind == Kind.WORD && text.equalsIgnoreCase(upperCaseWord);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** Whether these words come one after the other somewhere in {@code tokens} (case-insensitive). */
    static boolean hasWords(List<SqlToken> tokens, String... words) {
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < words.length && all; j++) {
                all = tokens.get(i + j).isWord(words[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }

    int end() {
        return offset + text.length();
    }
}

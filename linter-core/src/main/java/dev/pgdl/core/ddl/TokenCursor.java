package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;

import java.util.ArrayList;
import java.util.List;

/** Reads a statement's tokens front to back: keywords, names, parenthesized groups. */
final class TokenCursor {

    private final SqlStatement statement;
    private final List<SqlToken> tokens;
    private int index;

    TokenCursor(SqlStatement statement) {
        this.statement = statement;
        this.tokens = statement.tokens();
    }

    /** A cursor over the same statement, at token {@code position}. */
    TokenCursor at(int position) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.index = Math.max(0, position);
        return cursor;
    }

    boolean atEnd() {
        return index >= tokens.size();
    }

    SqlToken peek() {
        return atEnd() ? null : tokens.get(index);
    }

    SqlToken next() {
        return tokens.get(index++);
    }

    int position() {
        return index;
    }

    /** Whether the next tokens are these words, in order (case-insensitive); does not move. */
    boolean peekWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            int at = index + i;
            if (at >= tokens.size() || !tokens.get(at).isWord(words[i])) {
                return false;
            }
        }
        return true;
    }

    /** Consumes these words if they come next, in order. */
    boolean accept(String... words) {
        if (!peekWords(words)) {
            return false;
        }
        index += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (!atEnd() && peek().isSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    /** Consumes the first of these words that comes next, or returns null. */
    String acceptAny(String... words) {
        for (String word : words) {
            if (accept(word)) {
                return word;
            }
        }
        return null;
    }

    /** A possibly qualified name ({@code s.t}, {@code "S"."T"}), each part folded; empty if none. */
    List<Identifier> name() {
        List<Identifier> parts = new ArrayList<>();
        if (atEnd() || !peek().isIdentifier()) {
            return parts;
        }
        parts.add(Identifier.fromSql(next().text()));
        while (index + 1 < tokens.size() && peek().isSymbol(".") && tokens.get(index + 1).isIdentifier()) {
            index++;
            parts.add(Identifier.fromSql(next().text()));
        }
        return parts;
    }

    /** Whether a function call comes next: a possibly qualified name, then {@code (}; does not move. */
    boolean peekCall() {
        int at = index;
        while (at + 2 < tokens.size() && tokens.get(at).isIdentifier() && tokens.get(at + 1).isSymbol(".")) {
            at += 2;
        }
        return at + 1 < tokens.size() && tokens.get(at).isIdentifier() && tokens.get(at + 1).isSymbol("(");
    }

    /** Names separated by commas. */
    List<List<Identifier>> names() {
        List<List<Identifier>> names = new ArrayList<>();
        do {
            List<Identifier> name = name();
            if (name.isEmpty()) {
                break;
            }
            names.add(name);
            if (!atEnd() && peek().isSymbol("(")) {
                skipGroup();
            }
        } while (acceptSymbol(","));
        return names;
    }

    /** Skips a parenthesized group starting at the next token and returns its inner text. */
    String skipGroup() {
        int open = index;
        int depth = 0;
        while (!atEnd()) {
            SqlToken token = next();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")") && --depth == 0) {
                return textBetween(open + 1, index - 2);
            }
        }
        return textBetween(open + 1, tokens.size() - 1);
    }

    /** Skips a parenthesized group starting at the next token and returns its inner tokens {@link #render rendered}. */
    String renderGroup() {
        int open = index;
        skipGroup();
        return render(open + 1, tokens.get(index - 1).isSymbol(")") ? index - 2 : index - 1);
    }

    /** The remaining tokens {@link #render rendered}; moves to the end. */
    String renderRest() {
        int from = index;
        index = tokens.size();
        return render(from, index - 1);
    }

    /**
     * Tokens {@code from} to {@code to}, inclusive, as written, with each run of blanks and comments
     * between two tokens made one space; empty when the range is empty.
     */
    String render(int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to && i < tokens.size(); i++) {
            if (i > from && tokens.get(i).offset() > tokens.get(i - 1).end()) {
                text.append(' ');
            }
            text.append(tokens.get(i).text());
        }
        return text.toString();
    }

    /** Moves to the next token that is this word at the current parenthesis depth; false if none. */
    boolean skipTo(String word) {
        int depth = atEnd() ? 0 : peek().depth();
        for (int i = index; i < tokens.size(); i++) {
            if (tokens.get(i).depth() == depth && tokens.get(i).isWord(word)) {
                index = i;
                return true;
            }
        }
        return false;
    }

    /** The source text of tokens {@code from} to {@code to}, inclusive; empty when the range is empty. */
    String textBetween(int from, int to) {
        if (from > to || from >= tokens.size()) {
            return "";
        }
        int base = tokens.get(0).offset();
        return statement.text().substring(tokens.get(from).offset() - base, tokens.get(to).end() - base);
    }

    /** The source text from the current token up to (not including) the first of these words at depth 0. */
    String textUntil(String... stopWords) {
        int from = index;
        while (!atEnd() && !(peek().depth() == tokens.get(from).depth() && isAny(peek(), stopWords))) {
            index++;
        }
        return textBetween(from, index - 1);
    }

    private static boolean isAny(SqlToken token, String... words) {
        for (String word : words) {
            if (token.isWord(word) || token.isSymbol(word)) {
                return true;
            }
        }
        return false;
    }
}

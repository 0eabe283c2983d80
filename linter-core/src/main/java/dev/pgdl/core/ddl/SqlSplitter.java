package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.SqlToken.Kind;
import dev.pgdl.core.engine.SourceComment;
import dev.pgdl.core.model.SourceLocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Splits a SQL file into statements the way psql does: on semicolons outside quotes, comments,
 * dollar quotes, parentheses and {@code BEGIN ATOMIC … END} bodies. psql meta-command lines
 * ({@code \connect}, {@code \restrict}) and the data after {@code COPY … FROM stdin;} up to
 * {@code \.} are skipped; an unterminated last statement is still a statement. It also finds
 * the {@code --} comments that hold a pgdl directive ({@code -- pgdl:ignore …}).
 */
final class SqlSplitter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String DIRECTIVE = "pgdl:";

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final List<Integer> directiveOffsets = new ArrayList<>();
    private boolean findDirectives;
    private int position;
    /** The 0-based line of the last token read: tokens come in file order, so it only moves forward. */
    private int line;

    private SqlSplitter(String file, String text) {
        this.file = file;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    static List<SqlStatement> split(String file, String text) {
        List<SqlStatement> statements = new ArrayList<>();
        split(file, text, statements::add);
        return statements;
    }

    /** Hands each statement to {@code sink} as soon as its end is read, so that reading it need not wait for the whole file. */
    static void split(String file, String text, Consumer<SqlStatement> sink) {
        new SqlSplitter(file, text).statements(sink);
    }

    /** The directive comments of a file, each with the lines of the statement it belongs to. */
    static List<SourceComment> directiveComments(String file, String text) {
        SqlSplitter splitter = new SqlSplitter(file, text);
        splitter.findDirectives = true;
        List<SqlStatement> statements = new ArrayList<>();
        splitter.statements(statements::add);
        List<SourceComment> comments = new ArrayList<>();
        for (int offset : splitter.directiveOffsets) {
            int line = splitter.lineOf(offset);
            SourceLocation location = new SourceLocation(file, line + 1, offset - splitter.lineStarts[line] + 1);
            int lineEnd = text.indexOf('\n', offset);
            String comment = text.substring(offset + 2, lineEnd < 0 ? text.length() : lineEnd);
            comments.add(attach(location, comment, statements));
        }
        return comments;
    }

    /** Statements on the comment's line own it; otherwise the first statement after it does. */
    private static SourceComment attach(SourceLocation location, String comment, List<SqlStatement> statements) {
        int first = 0;
        int last = 0;
        for (SqlStatement statement : statements) {
            int start = statement.tokens().get(0).line();
            int end = statement.tokens().get(statement.tokens().size() - 1).line();
            if (start > location.line()) {
                return first == 0 ? new SourceComment(location, comment, start, end)
                        : new SourceComment(location, comment, first, last);
            }
            if (end >= location.line()) {
                first = first == 0 ? start : first;
                last = Math.max(last, end);
            }
        }
        return new SourceComment(location, comment, first, last);
    }

    private void statements(Consumer<SqlStatement> sink) {
        List<SqlToken> current = new ArrayList<>();
        int depth = 0;
        int atomicDepth = 0;
        while (true) {
            skipSpaceAndComments(current.isEmpty());
            if (position >= text.length()) {
                break;
            }
            SqlToken token = next(depth);
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth = Math.max(0, depth - 1);
            } else if (token.kind() == Kind.WORD) {
                atomicDepth = trackAtomic(current, token, atomicDepth);
            }
            if (token.isSymbol(";") && depth == 0 && atomicDepth == 0) {
                if (!current.isEmpty()) {
                    SqlStatement statement = statement(current);
                    sink.accept(statement);
                    if (isCopyFromStdin(statement)) {
                        skipCopyData();
                    }
                }
                current = new ArrayList<>();
                continue;
            }
            current.add(token);
        }
        if (!current.isEmpty()) {
            sink.accept(statement(current));
        }
    }

    /** Inside a function body {@code BEGIN ATOMIC … END}, semicolons do not end the statement. */
    private static int trackAtomic(List<SqlToken> current, SqlToken token, int atomicDepth) {
        if (token.isWord("ATOMIC") && !current.isEmpty() && current.get(current.size() - 1).isWord("BEGIN")) {
            return atomicDepth + 1;
        }
        if (atomicDepth > 0 && token.isWord("CASE")) {
            return atomicDepth + 1;
        }
        if (atomicDepth > 0 && token.isWord("END")) {
            return atomicDepth - 1;
        }
        return atomicDepth;
    }

    private SqlStatement statement(List<SqlToken> tokens) {
        SqlToken first = tokens.get(0);
        SqlToken last = tokens.get(tokens.size() - 1);
        return new SqlStatement(file, text.substring(first.offset(), last.end()), tokens);
    }

    private static boolean isCopyFromStdin(SqlStatement statement) {
        List<SqlToken> tokens = statement.tokens();
        if (!tokens.get(0).isWord("COPY")) {
            return false;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isWord("FROM") && tokens.get(i + 1).isWord("STDIN")) {
                return true;
            }
        }
        return false;
    }

    /** COPY data starts on the next line and ends with a line holding only {@code \.} (or at the end). */
    private void skipCopyData() {
        int lineEnd = text.indexOf('\n', position);
        position = lineEnd < 0 ? text.length() : lineEnd + 1;
        while (position < text.length()) {
            lineEnd = text.indexOf('\n', position);
            int end = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(position, end).strip();
            position = lineEnd < 0 ? text.length() : lineEnd + 1;
            if (line.equals("\\.")) {
                return;
            }
        }
    }

    /** Skips blanks and comments, and psql meta-command lines between statements. */
    private void skipSpaceAndComments(boolean betweenStatements) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == BYTE_ORDER_MARK) {
                position++;
            } else if (c == '-' && peek(1) == '-') {
                int start = position;
                skipToLineEnd();
                if (findDirectives && text.substring(start, position).contains(DIRECTIVE)) {
                    directiveOffsets.add(start);
                }
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else if (c == '\\' && betweenStatements) {
                skipToLineEnd();
            } else {
                return;
            }
        }
    }

    private void skipToLineEnd() {
        int lineEnd = text.indexOf('\n', position);
        position = lineEnd < 0 ? text.length() : lineEnd + 1;
    }

    private void skipBlockComment() {
        int nesting = 0;
        while (position < text.length()) {
            if (text.startsWith("/*", position)) {
                nesting++;
                position += 2;
            } else if (text.startsWith("*/", position)) {
                nesting--;
                position += 2;
                if (nesting == 0) {
                    return;
                }
            } else {
                position++;
            }
        }
    }

    private SqlToken next(int depth) {
        int start = position;
        char c = text.charAt(position);
        Kind kind;
        if ((c == 'E' || c == 'e') && peek(1) == '\'') {
            position++;
            skipQuoted('\'', true);
            kind = Kind.STRING;
        } else if (c == '\'') {
            skipQuoted('\'', false);
            kind = Kind.STRING;
        } else if (c == '"') {
            skipQuoted('"', false);
            kind = Kind.QUOTED_IDENTIFIER;
        } else if (c == '$' && dollarTagLength() > 0) {
            skipDollarQuoted(dollarTagLength());
            kind = Kind.DOLLAR_STRING;
        } else if (isWordStart(c)) {
            while (position < text.length() && isWordPart(text.charAt(position))) {
                position++;
            }
            kind = Kind.WORD;
        } else if (Character.isDigit(c)) {
            while (position < text.length() && (Character.isLetterOrDigit(text.charAt(position))
                    || text.charAt(position) == '.')) {
                position++;
            }
            kind = Kind.NUMBER;
        } else {
            position++;
            kind = Kind.SYMBOL;
        }
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= start) {
            line++;
        }
        return new SqlToken(kind, text.substring(start, position), start, line + 1, start - lineStarts[line] + 1, depth);
    }

    private void skipQuoted(char quote, boolean backslashEscapes) {
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (backslashEscapes && c == '\\') {
                position += 2;
            } else if (c == quote && peek(1) == quote) {
                position += 2;
            } else if (c == quote) {
                position++;
                return;
            } else {
                position++;
            }
        }
        position = Math.min(position, text.length());
    }

    /** The length of a dollar-quote opening tag at the position ({@code $$}, {@code $body$}), or 0. */
    private int dollarTagLength() {
        int end = position + 1;
        while (end < text.length() && isWordPart(text.charAt(end)) && text.charAt(end) != '$') {
            end++;
        }
        boolean tagged = end < text.length() && text.charAt(end) == '$';
        boolean parameter = end > position + 1 && Character.isDigit(text.charAt(position + 1));
        return tagged && !parameter ? end - position + 1 : 0;
    }

    private void skipDollarQuoted(int tagLength) {
        String tag = text.substring(position, position + tagLength);
        int close = text.indexOf(tag, position + tagLength);
        position = close < 0 ? text.length() : close + tagLength;
    }

    private char peek(int ahead) {
        int index = position + ahead;
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    private static boolean isWordStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c > 127;
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[256];
        int count = 1;
        for (int newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', newline + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = newline + 1;
        }
        return Arrays.copyOf(starts, count);
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.model.SourceLocation;

import java.util.List;

/**
 * One statement of a file: its text (without the terminating semicolon) and its tokens, which
 * carry positions in the file.
 */
record SqlStatement(String file, String text, List<SqlToken> tokens) {

    SqlStatement {
        tokens = List.copyOf(tokens);
    }

    /** The part of this statement made of {@code part}, a contiguous run of its tokens. */
    SqlStatement slice(List<SqlToken> part) {
        int base = tokens.get(0).offset();
        SqlToken first = part.get(0);
        SqlToken last = part.get(part.size() - 1);
        return new SqlStatement(file, text.substring(first.offset() - base, last.end() - base), part);
    }

    SourceLocation location() {
        return at(tokens.get(0));
    }

    SourceLocation at(SqlToken token) {
        return new SourceLocation(file, token.line(), token.column());
    }
}

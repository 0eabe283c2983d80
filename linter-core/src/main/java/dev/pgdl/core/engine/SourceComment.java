package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;

/**
 * A {@code --} comment of a SQL file that may hold a pgdl directive, and the lines of the statement
 * it belongs to: the one it is written in or ends the line of, else the next one.
 *
 * @param text               the comment after its {@code --}
 * @param statementFirstLine the first line of that statement; 0 when no statement follows the comment
 */
public record SourceComment(SourceLocation location, String text, int statementFirstLine, int statementLastLine) {

    public boolean belongsToAStatement() {
        return statementFirstLine > 0;
    }
}

package dev.pgdl.core.ddl;

/** A statement stops fitting the syntax at the cursor: the reason names the token and where it is in the file. */
final class UnexpectedToken extends RuntimeException {

    UnexpectedToken(TokenCursor cursor) {
        super(cursor.atEnd() ? "the statement ends too early" : "unexpected \"" + cursor.peek().text()
                + "\" at line " + cursor.peek().line() + ", column " + cursor.peek().column(), null, false, false);
    }
}

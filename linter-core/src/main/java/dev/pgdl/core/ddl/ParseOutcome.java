package dev.pgdl.core.ddl;

import net.sf.jsqlparser.statement.Statement;

/** What JSqlParser made of one statement: a syntax tree, or why there is none. */
record ParseOutcome(Statement tree, String failure) {

    static ParseOutcome parsed(Statement tree) {
        return new ParseOutcome(tree, null);
    }

    static ParseOutcome failed(String reason) {
        return new ParseOutcome(null, reason);
    }

    boolean isParsed() {
        return tree != null;
    }
}

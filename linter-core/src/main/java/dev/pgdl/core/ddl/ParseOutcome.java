package dev.pgdl.core.ddl;

/** What a parser made of one statement: its content, or why there is none. */
record ParseOutcome(ParsedStatement parsed, String failure) {

    static ParseOutcome parsed(ParsedStatement parsed) {
        return new ParseOutcome(parsed, null);
    }

    static ParseOutcome failed(String reason) {
        return new ParseOutcome(null, reason);
    }

    boolean isParsed() {
        return parsed != null;
    }
}

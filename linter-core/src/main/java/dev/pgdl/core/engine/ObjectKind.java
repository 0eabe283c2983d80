package dev.pgdl.core.engine;

import java.util.Locale;

/** What kind of database object a report lists: the objects findings are grouped under. */
public enum ObjectKind {
    TABLE,
    VIEW,
    FUNCTION,
    SEQUENCE,
    TYPE,
    TRIGGER,
    EXTENSION,
    SCHEMA,
    ROLE,
    /** A finding's object the schema does not list, such as a statement nobody could parse. */
    OTHER;

    /** The lower-case name reports use: {@code table}, {@code view}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

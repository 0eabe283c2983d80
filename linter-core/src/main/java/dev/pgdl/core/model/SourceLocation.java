package dev.pgdl.core.model;

/**
 * Where an object was declared: a file with a 1-based line and column, or nowhere for objects
 * read from a live catalog (then the object's identity locates it).
 */
public record SourceLocation(String file, int line, int column) {

    public static final SourceLocation NONE = new SourceLocation("", 0, 0);

    public boolean isKnown() {
        return !file.isEmpty();
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + column : "";
    }
}

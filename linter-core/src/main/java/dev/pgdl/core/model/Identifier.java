package dev.pgdl.core.model;

/**
 * A name as PostgreSQL stores it: unquoted names folded to lower case, quoted names kept as
 * written, remembering which it was (quoting is something naming rules care about). Two
 * identifiers are equal when they name the same object: {@code "mood"} and {@code Mood} are.
 */
public record Identifier(String name, boolean quoted) {

    /** Reads a name as written in SQL: {@code "Stock"} stays {@code Stock}, {@code Stock} becomes {@code stock}. */
    public static Identifier fromSql(String written) {
        if (written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")) {
            return new Identifier(written.substring(1, written.length() - 1).replace("\"\"", "\""), true);
        }
        return new Identifier(foldAscii(written), false);
    }

    /** A name already in its stored form, as a catalog returns it. */
    public static Identifier of(String stored) {
        return new Identifier(stored, false);
    }

    /**
     * PostgreSQL folds only ASCII letters of unquoted names (downcase_identifier, multibyte encodings);
     * a name without capitals, as most are written, is kept as it is.
     */
    private static String foldAscii(String written) {
        char[] folded = null;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                folded = folded == null ? written.toCharArray() : folded;
                folded[i] = (char) (c + ('a' - 'A'));
            }
        }
        return folded == null ? written : new String(folded);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Identifier identifier && identifier.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    public String sql() {
        return quoted ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }

    public boolean is(String storedName) {
        return name.equals(storedName);
    }

    @Override
    public String toString() {
        return name;
    }
}

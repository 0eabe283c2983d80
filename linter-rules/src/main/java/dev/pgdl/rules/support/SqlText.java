package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;

import java.util.regex.Pattern;

/** Predicates over SQL expressions kept as text. */
public final class SqlText {

    private SqlText() {
    }

    /** The expression names the identifier as a whole word, quoted or not. */
    public static boolean mentions(String expression, Identifier name) {
        return expression != null && Pattern.compile("(?<![\\w$])\"?" + Pattern.quote(name.name()) + "\"?(?![\\w$])",
                Pattern.CASE_INSENSITIVE).matcher(expression).find();
    }
}

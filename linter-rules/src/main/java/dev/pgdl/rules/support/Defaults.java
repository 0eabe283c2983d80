package dev.pgdl.rules.support;

import java.util.regex.Pattern;

/** Predicates over a column's DEFAULT expression, as SQL text. */
public final class Defaults {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)^\\s*\\(?\\s*(pg_catalog\\.)?nextval\\s*\\(");

    private Defaults() {
    }

    /** Whether a column default draws from a sequence ({@code nextval('t_id_seq'::regclass)}). */
    public static boolean isNextval(String defaultExpression) {
        return defaultExpression != null && NEXTVAL.matcher(defaultExpression).find();
    }
}

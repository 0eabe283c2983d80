package dev.pgdl.rules.support;

import java.util.regex.Pattern;

/** Predicates over a column's DEFAULT expression, as SQL text. */
public final class Defaults {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)^\\s*\\(?\\s*(pg_catalog\\.)?nextval\\s*\\(");

    /** The clock: {@code now()}, {@code CURRENT_TIMESTAMP}, {@code LOCALTIMESTAMP}, {@code clock_timestamp()}, … */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(now|clock_timestamp|statement_timestamp|"
            + "transaction_timestamp)\\s*\\(|\\b(current_timestamp|localtimestamp|current_date|current_time|localtime)\\b");

    private Defaults() {
    }

    /** Whether a column default draws from a sequence ({@code nextval('t_id_seq'::regclass)}). */
    public static boolean isNextval(String defaultExpression) {
        return defaultExpression != null && NEXTVAL.matcher(defaultExpression).find();
    }

    /** Whether a column default takes the current date or time, so the database, not the application, sets it. */
    public static boolean readsClock(String defaultExpression) {
        return defaultExpression != null && CLOCK.matcher(defaultExpression).find();
    }
}

package dev.pgdl.rules.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Predicates over a column's DEFAULT expression, as SQL text. */
public final class Defaults {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)^\\s*\\(?\\s*(pg_catalog\\.)?nextval\\s*\\(");

    /** The clock: {@code now()}, {@code CURRENT_TIMESTAMP}, {@code LOCALTIMESTAMP}, {@code clock_timestamp()}, … */
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(now|clock_timestamp|statement_timestamp|"
            + "transaction_timestamp)\\s*\\(|\\b(current_timestamp|localtimestamp|current_date|current_time|localtime)\\b");

    /** A constant, optionally quoted and cast: {@code false}, {@code 'f'::boolean}, {@code ('0')}. */
    private static final Pattern CONSTANT = Pattern.compile("(?i)^\\(*\\s*'?([^'()]*)'?\\s*\\)*(\\s*::\\s*[a-z ]+)?$");

    private static final Pattern FALSE = Pattern.compile("(?i)f|false|n|no|off|0");

    private static final Pattern ZERO = Pattern.compile("[+-]?0*(\\.0*)?");

    private static final Pattern STRING_LITERAL = Pattern.compile("(?i)^\\(*\\s*(E)?'([^']|'')*'\\s*\\)*(\\s*::\\s*[a-z ]+(\\(\\d+\\))?)?$");

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

    /** Whether a default is the boolean constant false in any of PostgreSQL's spellings. */
    public static boolean isFalse(String defaultExpression) {
        return constant(defaultExpression).filter(value -> FALSE.matcher(value.strip()).matches()).isPresent();
    }

    /** Whether a default is the number zero ({@code 0}, {@code 0.00}, {@code '0'::numeric}). */
    public static boolean isZero(String defaultExpression) {
        return constant(defaultExpression).filter(value -> ZERO.matcher(value.strip()).matches()
                && value.strip().matches(".*\\d.*")).isPresent();
    }

    /** Whether a default is a string literal, optionally cast: {@code ''}, {@code '00'::character varying}. */
    public static boolean isStringLiteral(String defaultExpression) {
        return defaultExpression != null && STRING_LITERAL.matcher(defaultExpression.strip()).matches();
    }

    private static Optional<String> constant(String defaultExpression) {
        if (defaultExpression == null) {
            return Optional.empty();
        }
        Matcher matcher = CONSTANT.matcher(defaultExpression.strip());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}

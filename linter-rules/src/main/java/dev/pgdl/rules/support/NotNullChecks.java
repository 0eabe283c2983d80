package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;

import java.util.Locale;

/** CHECK constraints that say a column is not null: the first step of the guideline's SET NOT NULL procedure. */
public final class NotNullChecks {

    private NotNullChecks() {
    }

    /** Whether {@code expression} is {@code column IS NOT NULL}, with any parentheses and quoting. */
    public static boolean checksNotNull(String expression, Identifier column) {
        if (expression == null) {
            return false;
        }
        String written = expression.replaceAll("[()\\s]+", " ").replace("\"", "").strip().toLowerCase(Locale.ROOT);
        return written.equals(column.name().toLowerCase(Locale.ROOT) + " is not null");
    }
}

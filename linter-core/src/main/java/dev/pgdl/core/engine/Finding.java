package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Severity;

import java.util.Comparator;
import java.util.Locale;

/**
 * One problem found: which rule, how severe, on which object (its dotted identity, such as
 * {@code public.users.email}), where, and the message.
 *
 * @param database the audited database the object is in, or null for findings on files
 */
public record Finding(String rule, Severity severity, String object, SourceLocation location,
                      LocalizedMessage message, String database) {

    public Finding(String rule, Severity severity, String object, SourceLocation location, LocalizedMessage message) {
        this(rule, severity, object, location, message, null);
    }

    /** Report order: database, file, line, column, then rule and object. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.database() == null ? "" : f.database())
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::object);

    public Finding inDatabase(String name) {
        return new Finding(rule, severity, object, location, message, name);
    }

    public String message(Locale locale) {
        return message.render(locale);
    }

    public String englishMessage() {
        return message.render(Locale.ROOT);
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Severity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * One problem found: which rule, how severe, on which object (its dotted identity, such as
 * {@code public.users.email}), where, and the message. A finding silenced by a
 * {@code -- pgdl:ignore} comment keeps that comment's reason (empty when it gave none).
 *
 * @param database the audited database the object is in, or null for findings on files
 */
public record Finding(String rule, Severity severity, String object, SourceLocation location,
                      LocalizedMessage message, String database, Optional<String> suppression) {

    /** Report order: database, file, line, column, then rule and object. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.database() == null ? "" : f.database())
            .thenComparing(f -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::object);

    private static final int FINGERPRINT_HEX_DIGITS = 16;

    public Finding(String rule, Severity severity, String object, SourceLocation location, LocalizedMessage message) {
        this(rule, severity, object, location, message, null, Optional.empty());
    }

    public Finding inDatabase(String name) {
        return new Finding(rule, severity, object, location, message, name, suppression);
    }

    public String message(Locale locale) {
        return message.render(locale);
    }

    public String englishMessage() {
        return message.render(Locale.ROOT);
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }

    /** This finding, silenced by an ignore comment that gave {@code reason} (empty for none). */
    public Finding suppressedBecause(String reason) {
        return new Finding(rule, severity, object, location, message, database, Optional.of(reason));
    }

    /**
     * A short hash of what is wrong: rule, object and the message key and arguments (the
     * offending type, name or value), never the position, the language or the database's address.
     * Moving a definition or editing other lines keeps it; changing the offending definition
     * changes it. DDL and catalog runs give the same fingerprint for the same problem.
     */
    public String fingerprint() {
        StringBuilder identity = new StringBuilder(rule).append('\u0000').append(object).append('\u0000')
                .append(message.key());
        message.arguments().forEach(argument -> identity.append('\u0000').append(argument));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, FINGERPRINT_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}

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

    /**
     * Report order: database, file, line, column, then rule and object. Written out rather than
     * composed of key extractors: sorting 100,000 findings took 7% of a check that way.
     */
    public static final Comparator<Finding> ORDER = Finding::compareForReport;

    private static final int FINGERPRINT_HEX_DIGITS = 16;

    public Finding(String rule, Severity severity, String object, SourceLocation location, LocalizedMessage message) {
        this(rule, severity, object, location, message, null, Optional.empty());
    }

    private static int compareForReport(Finding a, Finding b) {
        int order = compare(a.database == null ? "" : a.database, b.database == null ? "" : b.database);
        if (order == 0) {
            order = compare(a.location.file(), b.location.file());
        }
        if (order == 0) {
            order = Integer.compare(a.location.line(), b.location.line());
        }
        if (order == 0) {
            order = Integer.compare(a.location.column(), b.location.column());
        }
        if (order == 0) {
            order = compare(a.rule, b.rule);
        }
        return order == 0 ? compare(a.object, b.object) : order;
    }

    /** Most findings share their file and many their rule: the same string need not be read. */
    private static int compare(String a, String b) {
        return a == b ? 0 : a.compareTo(b);
    }

    public Finding inDatabase(String name) {
        return new Finding(rule, severity, object, location, message, name, suppression);
    }

    /** The position when there is one, else the object, after its audited database in brackets when it has one. */
    public String where() {
        return location.isKnown() ? location.toString() : database == null ? object : "[" + database + "] " + object;
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

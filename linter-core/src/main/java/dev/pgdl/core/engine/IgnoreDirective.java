package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code -- pgdl:ignore rule-id[, rule-id] [until 2027-03-31] -- reason} comment (or
 * {@code pgdl:ignore-file}, for the whole file), as written: rule ids and date are not checked here.
 *
 * @param until the expiry as written, empty for none
 * @param reason the text after the second {@code --}, empty for none
 */
record IgnoreDirective(SourceComment comment, boolean wholeFile, List<String> rules, String until, String reason) {

    private static final Pattern DIRECTIVE = Pattern.compile("^\\s*pgdl:(ignore-file|ignore)(?:\\s+(.*?))?\\s*$");
    private static final Pattern UNTIL = Pattern.compile("^(.*?)\\s*\\buntil\\s+(\\S+)$");
    private static final String REASON_SEPARATOR = "--";

    /** The directive in a comment; empty when the comment only mentions pgdl. */
    static Optional<IgnoreDirective> parse(SourceComment comment) {
        int separator = comment.text().indexOf(REASON_SEPARATOR);
        String head = separator < 0 ? comment.text() : comment.text().substring(0, separator);
        String reason = separator < 0 ? "" : comment.text().substring(separator + REASON_SEPARATOR.length()).strip();
        Matcher directive = DIRECTIVE.matcher(head);
        if (!directive.matches()) {
            return Optional.empty();
        }
        String spec = directive.group(2) == null ? "" : directive.group(2);
        String until = "";
        Matcher expiry = UNTIL.matcher(spec);
        if (expiry.matches()) {
            spec = expiry.group(1);
            until = expiry.group(2);
        }
        List<String> rules = Pattern.compile("[,\\s]+").splitAsStream(spec).filter(id -> !id.isEmpty()).toList();
        return Optional.of(new IgnoreDirective(comment, directive.group(1).equals("ignore-file"), rules, until, reason));
    }

    IgnoreDirective withRules(List<String> silenced) {
        return new IgnoreDirective(comment, wholeFile, silenced, until, reason);
    }

    /** The expiry date, if one is written and is a date. */
    Optional<LocalDate> expiry() {
        try {
            return until.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(until));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether this directive covers a finding of {@code rule} at that place. */
    boolean covers(String rule, SourceLocation location) {
        if (!rules.contains(rule) || !location.file().equals(comment.location().file())) {
            return false;
        }
        return wholeFile || comment.belongsToAStatement() && comment.statementFirstLine() <= location.line()
                && location.line() <= comment.statementLastLine();
    }
}

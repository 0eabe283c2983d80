package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;

import java.util.Optional;

/** Findings the engine itself raises, under the ids of its built-in rules. */
public final class Diagnostics {

    private static final ParseUnsupportedRule PARSE_UNSUPPORTED = new ParseUnsupportedRule();
    private static final RuleFailureRule RULE_FAILURE = new RuleFailureRule();
    private static final PostgresRejectedRule POSTGRES_REJECTED = new PostgresRejectedRule();

    private Diagnostics() {
    }

    /**
     * A statement that could not be understood; {@code object} is its object name if the header
     * was recognized, else empty. Returns null when the rule is off.
     */
    public static Finding parseUnsupported(SourceLocation location, String object, String statementKind,
                                           String reason, LintConfig config) {
        return of(PARSE_UNSUPPORTED, config, object, location, ParseUnsupportedRule.UNSUPPORTED, statementKind, reason)
                .orElse(null);
    }

    /** A statement PostgreSQL rejected in a deep check, with its message. Returns null when the rule is off. */
    public static Finding postgresRejected(SourceLocation location, String message, LintConfig config) {
        RuleSettings settings = config.settings(PostgresRejectedRule.META);
        if (!settings.isEnabled()) {
            return null;
        }
        return new Finding(PostgresRejectedRule.META.id(), settings.severity(), "", location,
                new LocalizedMessage(POSTGRES_REJECTED, PostgresRejectedRule.REJECTED.key(PostgresRejectedRule.META.id()),
                        message));
    }

    static Finding ruleFailure(String ruleId, Throwable failure, LintConfig config) {
        RuleSettings settings = config.settings(RuleFailureRule.META);
        return new Finding(RuleFailureRule.META.id(), settings.severity(), ruleId, SourceLocation.NONE,
                new LocalizedMessage(RULE_FAILURE, RuleFailureRule.FAILED.key(RuleFailureRule.META.id()),
                        ruleId, String.valueOf(failure)));
    }

    /** A finding of a built-in rule at its configured severity; empty when the rule is off. */
    static Optional<Finding> of(Rule rule, LintConfig config, String object, SourceLocation location, Message message,
                                Object... arguments) {
        RuleSettings settings = config.settings(rule.meta());
        if (!settings.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(rule.meta().id(), settings.severity(), object, location,
                new LocalizedMessage(rule, message.key(rule.meta().id()), arguments)));
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;

/** Findings the engine itself raises, under the ids of its built-in rules. */
public final class Diagnostics {

    private static final ParseUnsupportedRule PARSE_UNSUPPORTED = new ParseUnsupportedRule();
    private static final RuleFailureRule RULE_FAILURE = new RuleFailureRule();

    private Diagnostics() {
    }

    /**
     * A statement that could not be understood; {@code object} is its object name if the header
     * was recognized, else empty. Returns null when the rule is off.
     */
    public static Finding parseUnsupported(SourceLocation location, String object, String statementKind,
                                           String reason, LintConfig config) {
        RuleSettings settings = config.settings(ParseUnsupportedRule.META);
        if (!settings.isEnabled()) {
            return null;
        }
        return new Finding(ParseUnsupportedRule.META.id(), settings.severity(), object, location,
                new LocalizedMessage(PARSE_UNSUPPORTED, ParseUnsupportedRule.UNSUPPORTED.key(ParseUnsupportedRule.META.id()),
                        statementKind, reason));
    }

    static Finding ruleFailure(String ruleId, Throwable failure, LintConfig config) {
        RuleSettings settings = config.settings(RuleFailureRule.META);
        return new Finding(RuleFailureRule.META.id(), settings.severity(), ruleId, SourceLocation.NONE,
                new LocalizedMessage(RULE_FAILURE, RuleFailureRule.FAILED.key(RuleFailureRule.META.id()),
                        ruleId, String.valueOf(failure)));
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** An ignore comment pgdl cannot follow: no rule, an unknown rule or a malformed date. */
public final class InvalidIgnoreRule implements Rule {

    static final Message NO_RULE = Message.of("no-rule");
    static final Message UNKNOWN_RULE = Message.of("unknown-rule", "rule");
    static final Message UNKNOWN_RULE_CLOSE = Message.of("unknown-rule-close", "rule", "closest");
    static final Message BAD_DATE = Message.of("bad-date", "date");

    public static final RuleMeta META = RuleMeta.builder("pgdl/invalid-ignore")
            .severity(Severity.WARNING)
            .guideline("beyond")
            .messages(NO_RULE, UNKNOWN_RULE, UNKNOWN_RULE_CLOSE, BAD_DATE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

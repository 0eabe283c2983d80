package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A rule that crashed: reported as a finding so that a broken rule can never pass silently. */
public final class RuleFailureRule implements Rule {

    static final Message FAILED = Message.of("failed", "rule", "error");

    public static final RuleMeta META = RuleMeta.builder("pgdl/rule-failure")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(FAILED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

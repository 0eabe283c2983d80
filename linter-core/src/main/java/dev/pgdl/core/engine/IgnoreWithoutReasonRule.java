package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** An ignore comment without a reason, when the configuration asks for reasons ({@code suppressions.require-reason}). */
public final class IgnoreWithoutReasonRule implements Rule {

    static final Message MISSING = Message.of("missing", "rule");

    public static final RuleMeta META = RuleMeta.builder("pgdl/ignore-without-reason")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(MISSING)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

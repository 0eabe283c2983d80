package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** An ignore comment that silences nothing: stale ignores hide the next real finding. */
public final class UnusedIgnoreRule implements Rule {

    static final Message UNUSED = Message.of("unused", "rule");

    public static final RuleMeta META = RuleMeta.builder("pgdl/unused-ignore")
            .severity(Severity.INFO)
            .guideline("beyond")
            .messages(UNUSED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

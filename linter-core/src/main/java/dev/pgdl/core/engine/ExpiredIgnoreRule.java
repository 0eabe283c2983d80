package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** An ignore comment past its {@code until} date: it no longer silences, and says so. */
public final class ExpiredIgnoreRule implements Rule {

    static final Message EXPIRED = Message.of("expired", "rule", "date");

    public static final RuleMeta META = RuleMeta.builder("pgdl/expired-ignore")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(EXPIRED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

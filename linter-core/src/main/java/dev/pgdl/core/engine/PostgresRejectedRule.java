package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A statement PostgreSQL itself rejected in a deep check: its objects do not exist, so no rule checked them. */
public final class PostgresRejectedRule implements Rule {

    static final Message REJECTED = Message.of("rejected", "message");

    public static final RuleMeta META = RuleMeta.builder("parse/rejected")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(REJECTED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

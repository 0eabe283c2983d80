package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A statement pgdl could not understand: reported so that nothing is skipped silently. */
public final class ParseUnsupportedRule implements Rule {

    static final Message UNSUPPORTED = Message.of("unsupported", "kind", "reason");

    public static final RuleMeta META = RuleMeta.builder("parse/unsupported")
            .severity(Severity.WARNING)
            .guideline("beyond")
            .messages(UNSUPPORTED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }
}

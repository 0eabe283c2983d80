package dev.pgdl.rules.functions;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Trigger;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Triggers and event triggers are not used (トリガー). */
public final class NoTriggerRule implements SchemaRule {

    public static final Message TRIGGER = Message.of("trigger", "trigger", "table");
    public static final Message EVENT_TRIGGER = Message.of("event-trigger", "trigger");

    public static final RuleMeta META = RuleMeta.builder("functions/no-trigger")
            .severity(Severity.ERROR)
            .guideline("トリガー")
            .messages(TRIGGER, EVENT_TRIGGER)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Trigger trigger : schema.triggers()) {
            if (trigger.table() == null) {
                context.report(trigger, EVENT_TRIGGER, trigger.name().name());
            } else {
                context.report(trigger, TRIGGER, trigger.name().name(), trigger.table().identity());
            }
        }
    }
}

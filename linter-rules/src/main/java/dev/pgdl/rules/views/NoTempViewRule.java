package dev.pgdl.rules.views;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** No {@code CREATE TEMPORARY VIEW} (VIEW). */
public final class NoTempViewRule implements SchemaRule {

    public static final Message TEMPORARY = Message.of("temporary", "view");

    public static final RuleMeta META = RuleMeta.builder("views/no-temp-view")
            .severity(Severity.ERROR)
            .guideline("VIEW")
            .messages(TEMPORARY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (View view : schema.views()) {
            if (view.temporary()) {
                context.report(view, TEMPORARY, view.name().name().name());
            }
        }
    }
}

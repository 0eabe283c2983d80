package dev.pgdl.rules.views;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** A view lists the columns it needs instead of {@code SELECT *} or {@code t.*} (VIEW, MVIEW). */
public final class NoSelectStarRule implements SchemaRule {

    public static final Message SELECT_STAR = Message.of("select-star", "view");

    public static final RuleMeta META = RuleMeta.builder("views/no-select-star")
            .severity(Severity.WARNING)
            .guideline("VIEW, MVIEW")
            .messages(SELECT_STAR)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (View view : schema.views()) {
            if (view.selectsStar()) {
                context.report(view, SELECT_STAR, view.name().identity());
            }
        }
    }
}

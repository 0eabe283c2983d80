package dev.pgdl.rules.views;

import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** A materialized view has a unique index, so it can be refreshed CONCURRENTLY (MVIEW). */
public final class MviewUniqueIndexRule implements SchemaRule {

    public static final Message NO_UNIQUE_INDEX = Message.of("no-unique-index", "view");

    public static final RuleMeta META = RuleMeta.builder("views/mview-unique-index")
            .severity(Severity.WARNING)
            .guideline("MVIEW")
            .messages(NO_UNIQUE_INDEX)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (View view : schema.views()) {
            if (view.materialized()
                    && schema.indexesOn(view.name()).stream().noneMatch(MviewUniqueIndexRule::allowsConcurrentRefresh)) {
                context.report(view, NO_UNIQUE_INDEX, view.name().identity());
            }
        }
    }

    /** REFRESH … CONCURRENTLY needs a unique index on plain columns, without a WHERE clause. */
    private static boolean allowsConcurrentRefresh(Index index) {
        return index.unique() && !index.isPartial() && index.elements().stream().noneMatch(IndexElement::isExpression);
    }
}

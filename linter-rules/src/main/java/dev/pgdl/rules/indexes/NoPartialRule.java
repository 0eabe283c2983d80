package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** No partial indexes until tuning needs one (部分インデックス). */
public final class NoPartialRule implements SchemaRule {

    public static final Message PARTIAL = Message.of("partial", "index", "table", "predicate");

    public static final RuleMeta META = RuleMeta.builder("indexes/no-partial")
            .severity(Severity.WARNING)
            .guideline("４．部分インデックス")
            .messages(PARTIAL)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Index index : schema.indexes()) {
            if (index.isPartial()) {
                context.report(index, PARTIAL, index.name().name().name(), index.table().identity(), index.predicate());
            }
        }
    }
}

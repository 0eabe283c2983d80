package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** No more than about 100 partitions under one parent (パーティション設計). */
public final class PartitionCountRule implements SchemaRule {

    public static final OptionSpec<Integer> MAX = OptionSpec.of("max", OptionType.integer(), 100)
            .requiring(max -> max > 0, "a positive integer");

    public static final Message TOO_MANY = Message.of("too-many", "table", "count", "max");

    public static final RuleMeta META = RuleMeta.builder("tables/partition-count")
            .severity(Severity.WARNING)
            .guideline("パーティション設計")
            .options(MAX)
            .messages(TOO_MANY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        int max = context.option(MAX);
        for (Table table : schema.tables()) {
            int count = table.isPartitioned() ? schema.partitionsOf(table.name()).size() : 0;
            if (count > max) {
                context.report(table, TOO_MANY, table.name().identity(), count, max);
            }
        }
    }
}

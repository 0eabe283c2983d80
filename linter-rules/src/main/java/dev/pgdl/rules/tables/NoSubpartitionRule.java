package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** A partition is not itself partitioned (コンポジットパーティション). */
public final class NoSubpartitionRule implements SchemaRule {

    public static final Message SUBPARTITIONED = Message.of("subpartitioned", "partition", "parent");

    public static final RuleMeta META = RuleMeta.builder("tables/no-subpartition")
            .severity(Severity.WARNING)
            .guideline("コンポジットパーティション")
            .messages(SUBPARTITIONED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (table.isPartition() && table.isPartitioned()) {
                context.report(table, SUBPARTITIONED, table.name().identity(), table.partitionOf().parent().identity());
            }
        }
    }
}

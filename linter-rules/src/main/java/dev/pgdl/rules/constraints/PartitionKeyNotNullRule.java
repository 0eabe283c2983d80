package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Partition key columns are NOT NULL (データ型: パーティションキーの場合はNOT NULL制約を付ける). */
public final class PartitionKeyNotNullRule implements SchemaRule {

    public static final Message NULLABLE = Message.of("nullable", "column", "table");

    public static final RuleMeta META = RuleMeta.builder("constraints/partition-key-not-null")
            .severity(Severity.ERROR)
            .guideline("データ型")
            .messages(NULLABLE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (table.isPartitioned()) {
                for (PartitionKey key : table.partitioning().keys()) {
                    if (key.isColumn()) {
                        table.column(key.column().name()).filter(column -> !column.notNull()).ifPresent(column ->
                                report(table, column, context));
                    }
                }
            }
        }
    }

    private static void report(Table table, Column column, RuleContext context) {
        context.report(column, NULLABLE, column.name().sql(), table.name().identity());
    }
}

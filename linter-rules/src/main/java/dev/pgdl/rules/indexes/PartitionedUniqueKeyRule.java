package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;

import java.util.List;

/** A unique key of a partitioned table includes every partition key column (パーティションの制約). */
public final class PartitionedUniqueKeyRule implements SchemaRule {

    public static final Message MISSING_PARTITION_KEY =
            Message.of("missing-partition-key", "index", "table", "missing");

    public static final RuleMeta META = RuleMeta.builder("indexes/partitioned-unique-key")
            .severity(Severity.ERROR)
            .guideline("２．ユニークインデックス")
            .messages(MISSING_PARTITION_KEY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (table.isPartitioned()) {
                for (Key key : Key.of(schema, table)) {
                    if (key.unique()) {
                        check(table, key, context);
                    }
                }
            }
        }
    }

    /** PostgreSQL accepts no unique key on an expression partition key, so an expression is always missing. */
    private static void check(Table table, Key key, RuleContext context) {
        List<String> missing = table.partitioning().keys().stream()
                .filter(partitionKey -> !partitionKey.isColumn() || !key.columns().contains(partitionKey.column()))
                .map(PartitionedUniqueKeyRule::sql)
                .toList();
        if (!missing.isEmpty()) {
            context.report(key.object(), MISSING_PARTITION_KEY, key.name(), table.name().identity(),
                    String.join(", ", missing));
        }
    }

    private static String sql(PartitionKey key) {
        return key.isColumn() ? key.column().sql() : key.expression();
    }
}

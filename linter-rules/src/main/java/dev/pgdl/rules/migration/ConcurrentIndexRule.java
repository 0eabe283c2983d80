package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.CreateIndex;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** CREATE INDEX on an existing table uses CONCURRENTLY (on a partitioned table: ON ONLY, each partition, ATTACH). */
public final class ConcurrentIndexRule implements MigrationRule {

    public static final Message CREATE = Message.of("create", "table", "index");
    public static final Message PARTITIONED = Message.of("partitioned", "table", "index");

    public static final RuleMeta META = RuleMeta.builder("migration/concurrent-index")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(CREATE, PARTITIONED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof CreateIndex index && !index.concurrently() && !index.onlyParent()
                    && statement.targetExisted()) {
                String name = index.index() == null ? "new_index" : index.index().name().sql();
                context.report(statement, index.partitionedTable() ? PARTITIONED : CREATE,
                        statement.target().identity(), name);
            }
        }
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.CreateTable;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A partition of an existing partitioned table is created as a table and attached. */
public final class AttachPartitionRule implements MigrationRule {

    public static final Message ATTACH = Message.of("attach", "table", "partition");

    public static final RuleMeta META = RuleMeta.builder("migration/attach-partition")
            .severity(Severity.INFO)
            .guideline("パーティション追加メンテナンス")
            .messages(ATTACH)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof CreateTable create && create.partitionOf() != null
                    && statement.targetExisted()) {
                context.report(statement, ATTACH, create.partitionOf().identity(), statement.object());
            }
        }
    }
}

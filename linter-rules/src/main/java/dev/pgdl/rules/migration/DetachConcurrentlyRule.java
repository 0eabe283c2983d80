package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.DetachPartition;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** DETACH PARTITION uses CONCURRENTLY (PostgreSQL 14+). */
public final class DetachConcurrentlyRule implements MigrationRule {

    public static final Message DETACH = Message.of("detach", "table", "partition");

    public static final RuleMeta META = RuleMeta.builder("migration/detach-concurrently")
            .severity(Severity.WARNING)
            .guideline("パーティション削除メンテナンス")
            .messages(DETACH)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        if (context.targetPostgres() < FIRST_VERSION) {
            return;
        }
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof DetachPartition detach && !detach.concurrently()
                    && statement.targetExisted()) {
                context.report(statement, DETACH, statement.target().identity(), detach.partition().identity());
            }
        }
    }

    private static final int FIRST_VERSION = 14;
}

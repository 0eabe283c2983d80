package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction;
import dev.pgdl.core.model.MigrationAction.CreateIndex;
import dev.pgdl.core.model.MigrationAction.DetachPartition;
import dev.pgdl.core.model.MigrationAction.DropIndex;
import dev.pgdl.core.model.MigrationAction.Reindex;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** CONCURRENTLY operations are not written inside an explicit transaction block, where PostgreSQL refuses them. */
public final class ConcurrentlyInTransactionRule implements MigrationRule {

    public static final Message IN_TRANSACTION = Message.of("in-transaction", "statement");

    public static final RuleMeta META = RuleMeta.builder("migration/concurrently-in-transaction")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(IN_TRANSACTION)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.inTransaction() && concurrently(statement.action())) {
                context.report(statement, IN_TRANSACTION, statement.kind());
            }
        }
    }

    private static boolean concurrently(MigrationAction action) {
        return action instanceof CreateIndex index && index.concurrently()
                || action instanceof DropIndex drop && drop.concurrently()
                || action instanceof Reindex reindex && reindex.concurrently()
                || action instanceof DetachPartition detach && detach.concurrently();
    }
}

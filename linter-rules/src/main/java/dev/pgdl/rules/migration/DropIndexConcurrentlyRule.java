package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.DropIndex;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** DROP INDEX on an existing table uses CONCURRENTLY. */
public final class DropIndexConcurrentlyRule implements MigrationRule {

    public static final Message DROP = Message.of("drop", "index", "table");

    public static final RuleMeta META = RuleMeta.builder("migration/drop-index-concurrently")
            .severity(Severity.WARNING)
            .guideline("スキーマ変更の対応手順")
            .messages(DROP)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof DropIndex drop && !drop.concurrently() && statement.targetExisted()) {
                context.report(statement, DROP, drop.index().identity(), statement.target().identity());
            }
        }
    }
}

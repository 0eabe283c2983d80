package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction;
import dev.pgdl.core.model.MigrationAction.DropColumn;
import dev.pgdl.core.model.MigrationAction.DropTable;
import dev.pgdl.core.model.MigrationAction.Truncate;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** DROP TABLE, DROP COLUMN and TRUNCATE of existing objects are confirmed against the backup step. */
public final class DestructiveRule implements MigrationRule {

    public static final Message DESTROYS = Message.of("destroys", "statement", "object");

    public static final RuleMeta META = RuleMeta.builder("migration/destructive")
            .severity(Severity.WARNING)
            .guideline("スキーマ変更の対応手順")
            .messages(DESTROYS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            MigrationAction action = statement.action();
            if (statement.targetExisted()
                    && (action instanceof DropTable || action instanceof DropColumn || action instanceof Truncate)) {
                context.report(statement, DESTROYS, action instanceof DropColumn ? "DROP COLUMN" : statement.kind(),
                        statement.object());
            }
        }
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.RenameColumn;
import dev.pgdl.core.model.MigrationAction.RenameTable;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** Existing tables and columns are not renamed in place. */
public final class RenameRule implements MigrationRule {

    public static final Message RENAME_TABLE = Message.of("rename-table", "table", "name");
    public static final Message RENAME_COLUMN = Message.of("rename-column", "column", "name");

    public static final RuleMeta META = RuleMeta.builder("migration/rename")
            .severity(Severity.WARNING)
            .guideline("スキーマ変更の対応手順")
            .messages(RENAME_TABLE, RENAME_COLUMN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (!statement.targetExisted()) {
                continue;
            }
            if (statement.action() instanceof RenameTable rename) {
                context.report(statement, RENAME_TABLE, statement.object(), rename.to().sql());
            } else if (statement.action() instanceof RenameColumn rename) {
                context.report(statement, RENAME_COLUMN, statement.object(), rename.to().sql());
            }
        }
    }
}

package dev.pgdl.rules.tables;

import dev.pgdl.core.model.OnCommit;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Temporary tables declare ON COMMIT DELETE ROWS (一時テーブル); ON COMMIT DROP keeps no rows longer either. */
public final class TempOnCommitRule implements SchemaRule {

    public static final Message KEEPS_ROWS = Message.of("keeps-rows", "table");

    public static final RuleMeta META = RuleMeta.builder("tables/temp-on-commit")
            .severity(Severity.WARNING)
            .guideline("一時テーブル")
            .messages(KEEPS_ROWS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            boolean keepsRows = table.onCommit() == OnCommit.NONE || table.onCommit() == OnCommit.PRESERVE_ROWS;
            if (table.isTemporary() && keepsRows) {
                context.report(table, KEEPS_ROWS, table.name().name().name());
            }
        }
    }
}

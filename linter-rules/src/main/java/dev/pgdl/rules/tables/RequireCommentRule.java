package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Tables and columns carry their logical name (論理名) as a COMMENT, so the catalog explains the design. */
public final class RequireCommentRule implements SchemaRule {

    public static final Message TABLE = Message.of("table", "table");
    public static final Message COLUMN = Message.of("column", "column", "table");

    public static final RuleMeta META = RuleMeta.builder("tables/require-comment")
            .severity(Severity.OFF)
            .guideline("beyond")
            .messages(TABLE, COLUMN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Partitions share their parent's meaning, and temporary tables exist only for a session. */
    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (!table.isPartition() && !table.isTemporary()) {
                String name = table.name().identity();
                if (isBlank(table.comment())) {
                    context.report(table, TABLE, name);
                }
                for (Column column : table.columns()) {
                    if (isBlank(column.comment())) {
                        context.report(column, COLUMN, column.name().name(), name);
                    }
                }
            }
        }
    }

    private static boolean isBlank(String comment) {
        return comment == null || comment.isBlank();
    }
}

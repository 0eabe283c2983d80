package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Every table has a primary key (主キー制約); partitions get it from their parent, temporary tables are exempt. */
public final class RequirePrimaryKeyRule implements SchemaRule {

    public static final Message MISSING = Message.of("missing", "table");

    public static final RuleMeta META = RuleMeta.builder("constraints/require-primary-key")
            .severity(Severity.ERROR)
            .guideline("主キー制約")
            .messages(MISSING)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (!table.isPartition() && !table.isTemporary() && table.primaryKey().isEmpty()) {
                context.report(table, MISSING, table.name().identity());
            }
        }
    }
}

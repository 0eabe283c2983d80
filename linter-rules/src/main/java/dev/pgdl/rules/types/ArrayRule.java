package dev.pgdl.rules.types;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** Array columns are normalized instead (配列は正規化を行い利用しない). */
public final class ArrayRule implements SchemaRule {

    public static final Message ARRAY = Message.of("array", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/array")
            .severity(Severity.WARNING)
            .guideline("データ型")
            .messages(ARRAY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().isArray()) {
                context.report(column, ARRAY, column.name().name(), column.type().sql());
            }
        });
    }
}

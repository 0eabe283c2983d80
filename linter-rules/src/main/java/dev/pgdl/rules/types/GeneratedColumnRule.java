package dev.pgdl.rules.types;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** Generated columns are not used in principle (生成列). */
public final class GeneratedColumnRule implements SchemaRule {

    public static final Message GENERATED = Message.of("generated", "column", "expression");

    public static final RuleMeta META = RuleMeta.builder("types/generated-column")
            .severity(Severity.WARNING)
            .guideline("生成列")
            .messages(GENERATED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.isGenerated()) {
                context.report(column, GENERATED, column.name().name(), column.generatedExpression());
            }
        });
    }
}

package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Tables;

/** A boolean column is NOT NULL DEFAULT false: the guideline's データ型 table marks both as mandatory. */
public final class BooleanNotNullRule implements SchemaRule {

    public static final Message NULLABLE_WITHOUT_DEFAULT = Message.of("nullable-without-default", "column");
    public static final Message NO_DEFAULT = Message.of("no-default", "column");
    public static final Message NULLABLE = Message.of("nullable", "column");
    public static final Message NOT_FALSE_DEFAULT = Message.of("not-false-default", "column", "default");

    public static final RuleMeta META = RuleMeta.builder("types/boolean-not-null")
            .severity(Severity.ERROR)
            .guideline("データ型")
            .messages(NULLABLE_WITHOUT_DEFAULT, NO_DEFAULT, NULLABLE, NOT_FALSE_DEFAULT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().is("boolean") && !column.isGenerated()) {
                check(column, context);
            }
        });
    }

    private static void check(Column column, RuleContext context) {
        String name = column.name().name();
        if (!column.hasDefault()) {
            context.report(column, column.notNull() ? NO_DEFAULT : NULLABLE_WITHOUT_DEFAULT, name);
        } else if (!Defaults.isFalse(column.defaultExpression())) {
            context.report(column, NOT_FALSE_DEFAULT, name, column.defaultExpression());
        } else if (!column.notNull()) {
            context.report(column, NULLABLE, name);
        }
    }
}

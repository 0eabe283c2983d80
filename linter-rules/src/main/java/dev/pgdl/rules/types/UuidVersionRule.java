package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.Uuids;

/** UUID keys are UUID v7, not random (v4) or v1 ones (連番／UUID). */
public final class UuidVersionRule implements SchemaRule {

    /** The first release with a built-in uuidv7(). */
    private static final int UUIDV7_SINCE = 18;

    public static final Message USE_UUIDV7 = Message.of("use-uuidv7", "column", "default");
    public static final Message GENERATE_V7 = Message.of("generate-v7", "column", "default", "target");

    public static final RuleMeta META = RuleMeta.builder("types/uuid-version")
            .severity(Severity.WARNING)
            .guideline("連番／UUID")
            .messages(USE_UUIDV7, GENERATE_V7)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().is("uuid") && Uuids.isRandomOrV1Generator(column.defaultExpression())) {
                report(column, context);
            }
        });
    }

    private static void report(Column column, RuleContext context) {
        String name = column.name().name();
        if (context.targetPostgres() >= UUIDV7_SINCE) {
            context.report(column, USE_UUIDV7, name, column.defaultExpression());
        } else {
            context.report(column, GENERATE_V7, name, column.defaultExpression(),
                    String.valueOf(context.targetPostgres()));
        }
    }
}

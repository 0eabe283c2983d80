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
import dev.pgdl.rules.support.TypeNames;

import java.util.Set;

/** Serial columns and sequence defaults become identity columns (IDENTITY列). */
public final class PreferIdentityRule implements SchemaRule {

    private static final Set<String> SERIAL_TYPES =
            Set.of("serial", "bigserial", "smallserial", "serial2", "serial4", "serial8");

    public static final Message SERIAL = Message.of("serial", "column", "written");
    public static final Message NEXTVAL = Message.of("nextval", "column", "default");

    public static final RuleMeta META = RuleMeta.builder("types/prefer-identity")
            .severity(Severity.ERROR)
            .guideline("IDENTITY列")
            .messages(SERIAL, NEXTVAL)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> check(column, context));
    }

    private static void check(Column column, RuleContext context) {
        if (SERIAL_TYPES.contains(TypeNames.writtenBase(column.type()))) {
            context.report(column, SERIAL, column.name().name(), column.type().written());
        } else if (Defaults.isNextval(column.defaultExpression())) {
            context.report(column, NEXTVAL, column.name().name(), column.defaultExpression());
        }
    }
}

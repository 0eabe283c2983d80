package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Tables;

import java.util.Set;

/** {@code created_at} and {@code updated_at} are bound by the application, not defaulted to the clock (共通カラム). */
public final class CommonColumnDefaultRule implements SchemaRule {

    private static final Set<String> TIMESTAMP_COLUMNS = Set.of("created_at", "updated_at");

    public static final Message CLOCK_DEFAULT = Message.of("clock-default", "column", "default");

    public static final RuleMeta META = RuleMeta.builder("tables/common-column-default")
            .severity(Severity.WARNING)
            .guideline("共通カラム")
            .messages(CLOCK_DEFAULT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (TIMESTAMP_COLUMNS.contains(column.name().name()) && Defaults.readsClock(column.defaultExpression())) {
                context.report(column, CLOCK_DEFAULT, column.name().name(), column.defaultExpression());
            }
        });
    }
}

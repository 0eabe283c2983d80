package dev.pgdl.rules.types;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.CommonColumns;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Tables;

import java.util.Set;

/** Quantities, coefficients and amounts do not default to 0 (データ型: デフォルト値は0にしない). */
public final class NoZeroDefaultRule implements SchemaRule {

    private static final Set<String> NUMBER_TYPES = Set.of("smallint", "integer", "bigint", "numeric");

    public static final Message ZERO_DEFAULT = Message.of("zero-default", "column", "type", "default");

    public static final RuleMeta META = RuleMeta.builder("types/no-zero-default")
            .severity(Severity.WARNING)
            .guideline("データ型")
            .messages(ZERO_DEFAULT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Common columns such as lock_no are types/common-columns' to check. */
    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            DataType type = column.type();
            if (!type.isArray() && NUMBER_TYPES.contains(type.name()) && !CommonColumns.isCommon(column)
                    && Defaults.isZero(column.defaultExpression())) {
                context.report(column, ZERO_DEFAULT, column.name().name(), type.sql(), column.defaultExpression());
            }
        });
    }
}

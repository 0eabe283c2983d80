package dev.pgdl.rules.types;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

import java.util.Set;

/** Range columns become start and end columns (適用期間付きデータ). */
public final class RangeTypeRule implements SchemaRule {

    private static final Set<String> BUILT_IN_RANGES = Set.of("int4range", "int8range", "numrange", "tsrange",
            "tstzrange", "daterange", "int4multirange", "int8multirange", "nummultirange", "tsmultirange",
            "tstzmultirange", "datemultirange");

    public static final Message RANGE = Message.of("range", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/range-type")
            .severity(Severity.WARNING)
            .guideline("適用期間付きデータ")
            .messages(RANGE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (isRange(column.type())) {
                context.report(column, RANGE, column.name().name(), column.type().sql());
            }
        });
    }

    private static boolean isRange(DataType type) {
        return type.origin() == TypeOrigin.RANGE
                || type.origin() == TypeOrigin.BUILT_IN && BUILT_IN_RANGES.contains(type.name());
    }
}

package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

import java.util.regex.Pattern;

/** numeric and decimal columns declare precision and scale (係数, 金額／計算結果 are numeric(p, s)). */
public final class NumericPrecisionRule implements SchemaRule {

    /** The reader stores numeric(p) with scale 0, so only the written form tells whether a scale was given. */
    private static final Pattern WRITTEN_SCALE = Pattern.compile("\\(\\s*\\d+\\s*,\\s*-?\\d+\\s*\\)");

    public static final Message NO_PRECISION = Message.of("no-precision", "column", "type");
    public static final Message NO_SCALE = Message.of("no-scale", "column", "type", "precision");

    public static final RuleMeta META = RuleMeta.builder("types/numeric-precision")
            .severity(Severity.WARNING)
            .guideline("データ型")
            .messages(NO_PRECISION, NO_SCALE)
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
        if (!column.type().name().equals("numeric")) {
            return;
        }
        if (column.type().precision() == null) {
            context.report(column, NO_PRECISION, column.name().name(), column.type().written());
        } else if (!WRITTEN_SCALE.matcher(column.type().written()).find()) {
            context.report(column, NO_SCALE, column.name().name(), column.type().written(),
                    String.valueOf(column.type().precision()));
        }
    }
}

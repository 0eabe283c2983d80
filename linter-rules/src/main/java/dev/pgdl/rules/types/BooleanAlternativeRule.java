package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.LogicalDeleteFlags;
import dev.pgdl.rules.support.Tables;

import java.util.regex.Pattern;

/** Each boolean column is a candidate for a timestamp, a category code or a count (boolean型を別の型にできないか考える). */
public final class BooleanAlternativeRule implements SchemaRule {

    private static final Pattern FLAG_PREFIX = Pattern.compile("^(is|has)_");

    public static final Message CONSIDER = Message.of("consider", "column", "timestamp-name");

    public static final RuleMeta META = RuleMeta.builder("types/boolean-alternative")
            .severity(Severity.INFO)
            .guideline("boolean型を別の型にできないか考える")
            .messages(CONSIDER)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        LogicalDeleteFlags flags = LogicalDeleteFlags.byDefault();
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().is("boolean") && !flags.isFlag(column)) {
                context.report(column, CONSIDER, column.name().name(), timestampName(column));
            }
        });
    }

    /** is_verified → verified_at, the guideline's own example. */
    private static String timestampName(Column column) {
        return FLAG_PREFIX.matcher(column.name().name()).replaceFirst("") + "_at";
    }
}

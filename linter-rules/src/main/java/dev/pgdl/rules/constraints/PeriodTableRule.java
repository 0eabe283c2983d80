package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.ExclusionElement;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.Period;
import dev.pgdl.rules.support.SqlText;

import java.util.List;

/** A period table has NOT NULL period columns, a unique key on the end date and an exclusion constraint (適用期間付きデータ). */
public final class PeriodTableRule implements SchemaRule {

    private static final String OVERLAPS = "&&";

    public static final OptionSpec<List<Period>> PERIODS = OptionSpec.of("periods",
            OptionType.recordList("period", List.of("start", "end"), List.of("start", "end"), Period::read,
                    Period::write),
            Period.DEFAULTS);

    public static final Message NULLABLE = Message.of("nullable", "column", "table");
    public static final Message NO_END_DATE_KEY = Message.of("no-end-date-key", "table", "end", "start");
    public static final Message NO_EXCLUSION = Message.of("no-exclusion", "table", "start", "end");

    public static final RuleMeta META = RuleMeta.builder("constraints/period-table")
            .severity(Severity.WARNING)
            .guideline("適用期間付きデータ")
            .options(PERIODS)
            .messages(NULLABLE, NO_END_DATE_KEY, NO_EXCLUSION)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<Period> periods = context.option(PERIODS);
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                for (Period period : periods) {
                    if (period.of(table)) {
                        check(schema, table, period, context);
                    }
                }
            }
        }
    }

    private static void check(Schema schema, Table table, Period period, RuleContext context) {
        Column start = table.column(period.start()).orElseThrow();
        Column end = table.column(period.end()).orElseThrow();
        for (Column column : List.of(start, end)) {
            if (!column.notNull()) {
                context.report(column, NULLABLE, column.name().sql(), table.name().identity());
            }
        }
        if (Key.of(schema, table).stream().noneMatch(key -> isEndDateKey(key, start.name(), end.name()))) {
            context.report(table, NO_END_DATE_KEY, table.name().identity(), end.name().sql(), start.name().sql());
        }
        if (table.constraints().stream().noneMatch(c -> excludesOverlaps(c, start.name(), end.name()))) {
            context.report(table, NO_EXCLUSION, table.name().identity(), start.name().sql(), end.name().sql());
        }
    }

    private static boolean isEndDateKey(Key key, Identifier start, Identifier end) {
        return key.unique() && !key.primary() && key.columns().contains(end) && !key.columns().contains(start);
    }

    private static boolean excludesOverlaps(Constraint constraint, Identifier start, Identifier end) {
        return constraint.is(ConstraintType.EXCLUDE) && constraint.exclusions().stream()
                .filter(element -> element.operator().equals(OVERLAPS))
                .map(ExclusionElement::expression)
                .anyMatch(expression -> SqlText.mentions(expression, start) && SqlText.mentions(expression, end));
    }
}

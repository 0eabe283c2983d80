package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.PartitionStrategy;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.TypeNames;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A table partitioned on a date, timestamp or year-month column uses RANGE (パーティション化手法). */
public final class PartitionRangeForDatesRule implements SchemaRule {

    /** Year-month columns are usually strings or numbers named like {@code sales_ym} or {@code year_month}. */
    private static final Pattern YEAR_MONTH_NAME = Pattern.compile("(^|_)(ym|yyyymm|year_month)$");

    public static final Message USE_RANGE = Message.of("use-range", "table", "strategy", "column");

    public static final RuleMeta META = RuleMeta.builder("tables/partition-range-for-dates")
            .severity(Severity.WARNING)
            .guideline("パーティション化手法")
            .messages(USE_RANGE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (table.isPartitioned() && table.partitioning().strategy() != PartitionStrategy.RANGE) {
                dateKey(table).ifPresent(column -> context.report(table, USE_RANGE, table.name().identity(),
                        table.partitioning().strategy().name(), column.name().name()));
            }
        }
    }

    private static Optional<Column> dateKey(Table table) {
        return table.partitioning().keys().stream()
                .filter(PartitionKey::isColumn)
                .flatMap(key -> table.column(key.column().name()).stream())
                .filter(PartitionRangeForDatesRule::isDateLike)
                .findFirst();
    }

    private static boolean isDateLike(Column column) {
        return TypeNames.isDate(column.type())
                || !column.type().isArray() && YEAR_MONTH_NAME.matcher(column.name().name().toLowerCase(Locale.ROOT)).find();
    }
}

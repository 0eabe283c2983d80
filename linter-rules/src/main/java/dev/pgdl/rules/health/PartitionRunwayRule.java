package dev.pgdl.rules.health;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A table range-partitioned by a date has partitions for the months ahead (パーティション追加メンテナンス):
 * once the last one ends, inserts fail or pile into the DEFAULT partition.
 */
public final class PartitionRunwayRule implements CatalogRule {

    public static final OptionSpec<Integer> MONTHS_AHEAD = OptionSpec.of("months-ahead", OptionType.integer(), 3);

    public static final Message SHORT_RUNWAY = Message.of("short-runway", "table", "last-bound", "needed-until");
    public static final Message NO_PARTITIONS = Message.of("no-partitions", "table", "needed-until");

    public static final RuleMeta META = RuleMeta.builder("health/partition-runway")
            .severity(Severity.WARNING)
            .guideline("パーティション追加メンテナンス")
            .options(MONTHS_AHEAD)
            .messages(SHORT_RUNWAY, NO_PARTITIONS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        LocalDate neededUntil = database.today().plusMonths(context.option(MONTHS_AHEAD));
        for (Table table : schema.tables()) {
            if (DatePartitions.isDatePartitioned(table)) {
                check(table, DatePartitions.of(schema, table), neededUntil, context);
            }
        }
    }

    private static void check(Table table, List<DatePartitions.Partition> partitions, LocalDate neededUntil,
                              RuleContext context) {
        if (partitions.isEmpty()) {
            context.report(table, NO_PARTITIONS, table.name().identity(), neededUntil);
            return;
        }
        if (partitions.stream().anyMatch(partition -> partition.to().isEmpty())) {
            return;
        }
        LocalDate lastBound = partitions.stream().map(DatePartitions.Partition::to).map(Optional::orElseThrow)
                .max(LocalDate::compareTo).orElseThrow();
        if (lastBound.isBefore(neededUntil)) {
            context.report(table, SHORT_RUNWAY, table.name().identity(), lastBound, neededUntil);
        }
    }
}

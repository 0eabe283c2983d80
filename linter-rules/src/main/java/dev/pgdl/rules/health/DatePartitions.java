package dev.pgdl.rules.health;

import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.PartitionStrategy;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.rules.support.TypeNames;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The partitions of a table range-partitioned by one date column (パーティション化手法: 日次・月次は
 * レンジ), with the dates of their bounds as the catalog writes them:
 * {@code FOR VALUES FROM ('2026-01-01') TO ('2026-02-01')}; {@code MINVALUE}/{@code MAXVALUE} are open.
 */
final class DatePartitions {

    private static final Pattern RANGE = Pattern.compile("FROM \\((.+)\\) TO \\((.+)\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE = Pattern.compile("^'(\\d{4}-\\d{2}-\\d{2})");

    /** A partition with its bounds; empty for an open bound. */
    record Partition(Table table, Optional<LocalDate> from, Optional<LocalDate> to) {
    }

    private DatePartitions() {
    }

    static boolean isDatePartitioned(Table table) {
        if (!table.isPartitioned() || table.partitioning().strategy() != PartitionStrategy.RANGE
                || table.partitioning().keys().size() != 1) {
            return false;
        }
        PartitionKey key = table.partitioning().keys().get(0);
        return key.isColumn() && table.column(key.column().name())
                .filter(column -> TypeNames.isDate(column.type()))
                .isPresent();
    }

    /** The range partitions of {@code parent}; the DEFAULT partition has no range and is left out. */
    static List<Partition> of(Schema schema, Table parent) {
        return schema.partitionsOf(parent.name()).stream().map(DatePartitions::partition).flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Partition> partition(Table table) {
        Matcher range = RANGE.matcher(table.partitionOf().bound());
        return range.find() ? Optional.of(new Partition(table, date(range.group(1)), date(range.group(2))))
                : Optional.empty();
    }

    private static Optional<LocalDate> date(String bound) {
        Matcher date = DATE.matcher(bound.strip());
        return date.find() ? Optional.of(LocalDate.parse(date.group(1))) : Optional.empty();
    }
}

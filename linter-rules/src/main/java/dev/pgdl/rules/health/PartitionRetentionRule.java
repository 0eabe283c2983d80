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

/**
 * Partitions past the retention period are archived and detached (パーティション削除メンテナンス,
 * データ保持期間): old data costs storage, backups and vacuum for nothing.
 */
public final class PartitionRetentionRule implements CatalogRule {

    public static final OptionSpec<Integer> MONTHS = OptionSpec.of("months", OptionType.integer(), 12);

    public static final Message EXPIRED = Message.of("expired", "partition", "months", "last-day", "parent");

    public static final RuleMeta META = RuleMeta.builder("health/partition-retention")
            .severity(Severity.INFO)
            .guideline("パーティション削除メンテナンス")
            .options(MONTHS)
            .messages(EXPIRED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        int months = context.option(MONTHS);
        LocalDate keepFrom = database.today().minusMonths(months);
        for (Table parent : schema.tables()) {
            if (!DatePartitions.isDatePartitioned(parent)) {
                continue;
            }
            for (DatePartitions.Partition partition : DatePartitions.of(schema, parent)) {
                partition.to().filter(end -> !end.isAfter(keepFrom)).ifPresent(end -> context.report(partition.table(),
                        EXPIRED, partition.table().name().identity(), months, end.minusDays(1),
                        parent.name().identity()));
            }
        }
    }
}

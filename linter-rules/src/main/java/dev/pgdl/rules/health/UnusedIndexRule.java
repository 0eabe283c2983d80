package dev.pgdl.rules.health;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.DatabaseState.IndexUsage;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A large non-unique index that no query has scanned costs every write for nothing (インデックス設計:
 * 必要最小限). Judged on the server's statistics, which it says it cannot see rather than guess.
 */
public final class UnusedIndexRule implements CatalogRule {

    private static final long MEGABYTE = 1024L * 1024L;

    public static final OptionSpec<Integer> MIN_SIZE_MB = OptionSpec.of("min-size-mb", OptionType.integer(), 10);

    public static final Message UNUSED = Message.of("unused", "index", "megabytes", "reset-at");
    public static final Message UNUSED_SINCE_START = Message.of("unused-since-start", "index", "megabytes");
    public static final Message NO_STATISTICS = Message.of("no-statistics", "database");

    public static final RuleMeta META = RuleMeta.builder("health/unused-index")
            .severity(Severity.WARNING)
            .guideline("インデックス設計")
            .options(MIN_SIZE_MB)
            .messages(UNUSED, UNUSED_SINCE_START, NO_STATISTICS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        if (!database.statisticsCollected()) {
            context.report(Severity.INFO, database, NO_STATISTICS, database.name());
            return;
        }
        long minBytes = context.option(MIN_SIZE_MB) * MEGABYTE;
        Map<QualifiedName, IndexUsage> usage = database.indexUsage().stream()
                .collect(Collectors.toMap(IndexUsage::index, Function.identity(), (a, b) -> a));
        for (Index index : schema.indexes()) {
            IndexUsage used = usage.get(index.name());
            if (!index.unique() && used != null && used.valid() && used.scans() == 0 && used.sizeBytes() >= minBytes) {
                reportUnused(index, used.sizeBytes() / MEGABYTE, database.statisticsResetAt(), context);
            }
        }
    }

    private static void reportUnused(Index index, long megabytes, String resetAt, RuleContext context) {
        if (resetAt == null) {
            context.report(index, UNUSED_SINCE_START, index.name().identity(), megabytes);
        } else {
            context.report(index, UNUSED, index.name().identity(), megabytes, resetAt);
        }
    }
}

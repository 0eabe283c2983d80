package dev.pgdl.rules.health;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.DatabaseState.SequenceUsage;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Sequences;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A sequence, identity ones included, has not used up most of the range of the column it feeds
 * (連番は bigint): past the threshold, inserts are a migration away from failing.
 */
public final class SequenceExhaustionRule implements CatalogRule {

    private static final Map<String, Long> COLUMN_MAXIMUM = Map.of("smallint", (long) Short.MAX_VALUE,
            "integer", (long) Integer.MAX_VALUE, "bigint", Long.MAX_VALUE);

    public static final OptionSpec<Integer> THRESHOLD = OptionSpec.of("threshold", OptionType.integer(), 75);

    public static final Message NEAR_END = Message.of("near-end", "sequence", "percent", "value", "maximum");
    public static final Message UNREADABLE = Message.of("unreadable", "sequence");

    public static final RuleMeta META = RuleMeta.builder("health/sequence-exhaustion")
            .severity(Severity.WARNING)
            .guideline("IDENTITY列")
            .options(THRESHOLD)
            .messages(NEAR_END, UNREADABLE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        Map<QualifiedName, SequenceUsage> usage = database.sequenceUsage().stream()
                .collect(Collectors.toMap(SequenceUsage::sequence, Function.identity(), (a, b) -> a));
        int threshold = context.option(THRESHOLD);
        for (Sequence sequence : schema.sequences()) {
            SequenceUsage used = usage.get(sequence.name());
            if (used == null) {
                continue;
            }
            if (!used.readable()) {
                context.report(Severity.INFO, sequence, UNREADABLE, sequence.name().identity());
            } else if (used.lastValue() != null) {
                long maximum = Math.min(used.maxValue(), feedsUpTo(schema, sequence));
                long percent = Math.round(100.0 * used.lastValue() / maximum);
                if (percent >= threshold) {
                    context.report(sequence, NEAR_END, sequence.name().identity(), percent, used.lastValue(), maximum);
                }
            }
        }
    }

    /** The largest value the owning column can hold; a sequence without an owner is bounded by itself only. */
    private static long feedsUpTo(Schema schema, Sequence sequence) {
        return Sequences.owner(schema, sequence)
                .map(column -> COLUMN_MAXIMUM.getOrDefault(column.type().name(), Long.MAX_VALUE))
                .orElse(Long.MAX_VALUE);
    }
}

package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NamePatterns;
import dev.pgdl.rules.support.Sequences;

import java.util.List;
import java.util.Map;

/**
 * Explicit sequences are named {@code seq_{table}_{nn}} (シーケンス名, the recommended option 2),
 * or {@code seq_{table}_{column}} when so configured. {@code {table}} is the owning table, or any
 * table of the sequence's schema when it has no owner.
 */
public final class SequenceNameRule implements SchemaRule {

    public static final OptionSpec<String> PATTERN = OptionSpec.of("pattern", OptionType.string(), "seq_{table}_{nn}")
            .requiring(p -> p.contains("{table}") && (p.contains("{nn}") || p.contains("{column}")),
                    "a pattern naming {table} and {nn} or {column}");

    public static final Message NAME = Message.of("name", "sequence", "pattern");

    public static final RuleMeta META = RuleMeta.builder("naming/sequence-name")
            .severity(Severity.WARNING)
            .guideline("シーケンス名")
            .options(PATTERN)
            .messages(NAME)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        String pattern = context.option(PATTERN);
        for (Sequence sequence : schema.sequences()) {
            if (!Sequences.isImplicit(schema, sequence) && !matchesATable(schema, sequence, pattern)) {
                context.report(sequence, NAME, sequence.name().name().name(), pattern);
            }
        }
    }

    private static boolean matchesATable(Schema schema, Sequence sequence, String pattern) {
        String name = sequence.name().name().name();
        return candidateTables(schema, sequence).stream().anyMatch(table -> NamePatterns.matches(pattern, name,
                Map.of("table", List.of(table.name().name().name()), "column", columns(table, sequence))));
    }

    private static List<Table> candidateTables(Schema schema, Sequence sequence) {
        if (sequence.ownedBy() != null) {
            return schema.table(sequence.ownedBy().table()).stream().toList();
        }
        return schema.tables().stream()
                .filter(t -> !t.isPartition() && t.name().schema().equals(sequence.name().schema()))
                .toList();
    }

    private static List<String> columns(Table table, Sequence sequence) {
        if (sequence.ownedBy() != null) {
            return List.of(sequence.ownedBy().column().name());
        }
        return table.columns().stream().map(Column::name).map(c -> c.name()).toList();
    }
}

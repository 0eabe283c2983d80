package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NamedObjects;
import dev.pgdl.rules.support.Sequences;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.Utf8;

/** Identifiers fit in 63 bytes, PostgreSQL's limit (論物変換), including implicit sequence names. */
public final class IdentifierLengthRule implements SchemaRule {

    private static final int POSTGRES_LIMIT = 63;

    public static final OptionSpec<Integer> MAX_BYTES = OptionSpec.of("max-bytes", OptionType.integer(),
                    POSTGRES_LIMIT)
            .requiring(max -> max > 0 && max <= POSTGRES_LIMIT, "an integer from 1 to 63");

    public static final Message TOO_LONG = Message.of("too-long", "name", "bytes", "max");
    public static final Message SEQUENCE_TRUNCATED = Message.of("sequence-truncated", "column", "sequence", "bytes",
            "max");

    public static final RuleMeta META = RuleMeta.builder("naming/identifier-length")
            .severity(Severity.ERROR)
            .guideline("論物変換")
            .options(MAX_BYTES)
            .messages(TOO_LONG, SEQUENCE_TRUNCATED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        int max = context.option(MAX_BYTES);
        NamedObjects.forEach(schema, named -> {
            int bytes = Utf8.bytes(named.name().name());
            if (bytes > max) {
                context.report(named.object(), TOO_LONG, named.name().name(), bytes, max);
            }
        });
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (Sequences.hasImplicitSequence(column) && fits(table, column, max)) {
                String sequence = table.name().name().name() + "_" + column.name().name() + "_seq";
                int bytes = Utf8.bytes(sequence);
                if (bytes > max) {
                    context.report(Severity.WARNING, column, SEQUENCE_TRUNCATED, column.name().name(), sequence,
                            bytes, max);
                }
            }
        });
    }

    /** A too long table or column name is already reported; its sequence name is the same problem. */
    private static boolean fits(Table table, Column column, int max) {
        return Utf8.bytes(table.name().name().name()) <= max && Utf8.bytes(column.name().name()) <= max;
    }
}

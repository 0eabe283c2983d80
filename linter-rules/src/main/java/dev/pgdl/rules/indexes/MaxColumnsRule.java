package dev.pgdl.rules.indexes;

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

/** An index has at most three key columns unless an architect or DBA reviewed it (複数列インデックス). */
public final class MaxColumnsRule implements SchemaRule {

    public static final OptionSpec<Integer> MAX = OptionSpec.of("max", OptionType.integer(), 3)
            .requiring(max -> max > 0, "a positive integer");

    public static final Message TOO_MANY = Message.of("too-many", "index", "table", "count", "max");

    public static final RuleMeta META = RuleMeta.builder("indexes/max-columns")
            .severity(Severity.WARNING)
            .guideline("１．複数列インデックス")
            .options(MAX)
            .messages(TOO_MANY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        int max = context.option(MAX);
        for (Table table : schema.tables()) {
            for (Key key : Key.of(schema, table)) {
                int count = key.elements().size();
                if (count > max) {
                    context.report(key.object(), TOO_MANY, key.name(), table.name().identity(), count, max);
                }
            }
        }
    }
}

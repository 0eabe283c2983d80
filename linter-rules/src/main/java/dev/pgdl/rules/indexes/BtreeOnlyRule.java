package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.JsonIndexes;

import java.util.List;
import java.util.Locale;

/** Indexes use the btree method (インデックス種別). */
public final class BtreeOnlyRule implements SchemaRule {

    private static final String BTREE = "btree";

    public static final OptionSpec<List<String>> ALLOW_OPCLASSES = OptionSpec.of("allow-opclasses",
            OptionType.stringList(), List.of("gin_bigm_ops"));

    public static final Message NOT_BTREE = Message.of("not-btree", "index", "table", "method");

    public static final RuleMeta META = RuleMeta.builder("indexes/btree-only")
            .severity(Severity.WARNING)
            .guideline("インデックス種別")
            .options(ALLOW_OPCLASSES)
            .messages(NOT_BTREE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> allowed = context.option(ALLOW_OPCLASSES);
        for (Index index : schema.indexes()) {
            // An index over JSON belongs to indexes/no-json-index, whatever its method.
            if (!index.method().equals(BTREE) && !usesAllowedOpclass(index, allowed)
                    && !JsonIndexes.indexesJson(schema, index)) {
                context.report(index, NOT_BTREE, index.name().name().name(), index.table().identity(), index.method());
            }
        }
    }

    private static boolean usesAllowedOpclass(Index index, List<String> allowed) {
        return index.elements().stream().map(IndexElement::opclass)
                .anyMatch(opclass -> opclass != null && allowed.contains(opclass.toLowerCase(Locale.ROOT)));
    }
}

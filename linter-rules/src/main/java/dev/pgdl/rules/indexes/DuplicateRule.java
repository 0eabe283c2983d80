package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.RedundantKeys;

import java.util.List;

/** No index whose keys another index of the table already covers (インデックス設計: 必要最小限). */
public final class DuplicateRule implements SchemaRule {

    public static final Message REDUNDANT = Message.of("redundant", "index", "table", "covering");

    public static final RuleMeta META = RuleMeta.builder("indexes/duplicate")
            .severity(Severity.WARNING)
            .guideline("beyond")
            .messages(REDUNDANT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            List<Key> keys = Key.of(schema, table);
            for (Key key : keys) {
                RedundantKeys.coveringKey(key, keys).ifPresent(covering ->
                        context.report(key.object(), REDUNDANT, key.name(), table.name().identity(), covering.name()));
            }
        }
    }
}

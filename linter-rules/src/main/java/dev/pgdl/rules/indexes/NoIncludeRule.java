package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.Names;


/** No covering indexes with INCLUDE (付加列インデックス). */
public final class NoIncludeRule implements SchemaRule {

    public static final Message INCLUDE = Message.of("include", "index", "table", "columns");

    public static final RuleMeta META = RuleMeta.builder("indexes/no-include")
            .severity(Severity.WARNING)
            .guideline("６．付加列インデックス")
            .messages(INCLUDE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            for (Key key : Key.of(schema, table)) {
                if (!key.include().isEmpty()) {
                    context.report(key.object(), INCLUDE, key.name(), table.name().identity(),
                            Names.sqlList(key.include()));
                }
            }
        }
    }
}

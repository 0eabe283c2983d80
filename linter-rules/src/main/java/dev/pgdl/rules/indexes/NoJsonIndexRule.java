package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.JsonIndexes;

/** No indexes on json/jsonb columns or expressions over them: normalize instead (JSONデータ型の利用方針). */
public final class NoJsonIndexRule implements SchemaRule {

    public static final Message JSON = Message.of("json", "index", "table");

    public static final RuleMeta META = RuleMeta.builder("indexes/no-json-index")
            .severity(Severity.WARNING)
            .guideline("JSONデータ型の利用方針")
            .messages(JSON)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Index index : schema.indexes()) {
            if (JsonIndexes.indexesJson(schema, index)) {
                context.report(index, JSON, index.name().name().name(), index.table().identity());
            }
        }
    }
}

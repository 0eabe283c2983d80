package dev.pgdl.rules.indexes;

import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.JsonIndexes;

import java.util.List;
import java.util.stream.Collectors;

/** No expression (function) indexes (式に対するインデックス（関数インデックス）). */
public final class NoExpressionRule implements SchemaRule {

    public static final Message EXPRESSION = Message.of("expression", "index", "table", "expressions");

    public static final RuleMeta META = RuleMeta.builder("indexes/no-expression")
            .severity(Severity.WARNING)
            .guideline("３．式に対するインデックス（関数インデックス）")
            .messages(EXPRESSION)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Index index : schema.indexes()) {
            // Expressions over JSON belong to indexes/no-json-index.
            List<IndexElement> expressions = JsonIndexes.nonJsonExpressions(schema, index);
            if (!expressions.isEmpty()) {
                context.report(index, EXPRESSION, index.name().name().name(), index.table().identity(),
                        expressions.stream().map(IndexElement::expression).collect(Collectors.joining(", ")));
            }
        }
    }
}

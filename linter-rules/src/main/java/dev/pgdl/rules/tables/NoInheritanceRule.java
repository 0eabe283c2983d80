package dev.pgdl.rules.tables;

import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.stream.Collectors;

/** No table inheritance ({@code INHERITS}): 継承, and 継承を用いたパーティション is prohibited. */
public final class NoInheritanceRule implements SchemaRule {

    public static final Message INHERITS = Message.of("inherits", "table", "parents");

    public static final RuleMeta META = RuleMeta.builder("tables/no-inheritance")
            .severity(Severity.ERROR)
            .guideline("継承, 継承を用いたパーティション")
            .messages(INHERITS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (!table.inherits().isEmpty()) {
                String parents = table.inherits().stream().map(QualifiedName::identity).collect(Collectors.joining(", "));
                context.report(table, INHERITS, table.name().identity(), parents);
            }
        }
    }
}

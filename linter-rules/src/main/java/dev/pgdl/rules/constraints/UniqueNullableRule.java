package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.Names;

import java.util.List;

/** A unique index over nullable columns rejects NULL duplicates too (ユニークインデックス: NULLS NOT DISTINCT). */
public final class UniqueNullableRule implements SchemaRule {

    /** The first PostgreSQL release with {@code NULLS NOT DISTINCT}. */
    private static final int NULLS_NOT_DISTINCT_SINCE = 15;

    public static final Message NULLS_DISTINCT = Message.of("nulls-distinct", "index", "table", "columns");
    public static final Message NULLABLE = Message.of("nullable", "index", "table", "columns");

    public static final RuleMeta META = RuleMeta.builder("constraints/unique-nullable")
            .severity(Severity.WARNING)
            .guideline("２．ユニークインデックス")
            .messages(NULLS_DISTINCT, NULLABLE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            for (Key key : Key.of(schema, table)) {
                if (key.unique() && !key.nullsNotDistinct()) {
                    check(table, key, context);
                }
            }
        }
    }

    private static void check(Table table, Key key, RuleContext context) {
        List<Identifier> nullable = key.columns().stream()
                .filter(name -> table.column(name.name()).filter(Column::notNull).isEmpty())
                .toList();
        if (!nullable.isEmpty()) {
            context.report(key.object(),
                    context.targetPostgres() >= NULLS_NOT_DISTINCT_SINCE ? NULLS_DISTINCT : NULLABLE,
                    key.name(), table.name().identity(),
                    Names.sqlList(nullable));
        }
    }
}

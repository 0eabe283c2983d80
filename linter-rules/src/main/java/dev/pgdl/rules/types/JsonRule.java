package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

import java.util.Set;

/** A json or jsonb column documents its JSON Schema in its column comment (JSONデータ型の利用方針). */
public final class JsonRule implements SchemaRule {

    private static final Set<String> JSON_TYPES = Set.of("json", "jsonb");

    public static final Message UNDOCUMENTED = Message.of("undocumented", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/json")
            .severity(Severity.WARNING)
            .guideline("JSON型")
            .messages(UNDOCUMENTED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (JSON_TYPES.contains(column.type().name()) && !documented(column)) {
                context.report(column, UNDOCUMENTED, column.name().name(), column.type().sql());
            }
        });
    }

    private static boolean documented(Column column) {
        return column.comment() != null && !column.comment().isBlank();
    }
}

package dev.pgdl.rules.types;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.Uuids;

/** UUIDs are stored as uuid, not as strings (データ型: UUID). */
public final class UuidTypeRule implements SchemaRule {

    public static final Message STRING_UUID = Message.of("string-uuid", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/uuid-type")
            .severity(Severity.WARNING)
            .guideline("データ型")
            .messages(STRING_UUID)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (Uuids.isUuidAsString(column)) {
                context.report(column, STRING_UUID, column.name().name(), column.type().sql());
            }
        });
    }
}

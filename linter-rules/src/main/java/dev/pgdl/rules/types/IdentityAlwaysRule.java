package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** Identity columns are GENERATED ALWAYS, so the application cannot register a value by mistake (IDENTITY列). */
public final class IdentityAlwaysRule implements SchemaRule {

    public static final Message BY_DEFAULT = Message.of("by-default", "column");

    public static final RuleMeta META = RuleMeta.builder("types/identity-always")
            .severity(Severity.WARNING)
            .guideline("IDENTITY列")
            .messages(BY_DEFAULT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.identity() == IdentityGeneration.BY_DEFAULT) {
                context.report(column, BY_DEFAULT, column.name().name());
            }
        });
    }
}

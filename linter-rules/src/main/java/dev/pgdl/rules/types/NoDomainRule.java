package dev.pgdl.rules.types;

import dev.pgdl.core.model.Domain;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** DOMAIN types are not used (DOMAIN). */
public final class NoDomainRule implements SchemaRule {

    public static final Message DOMAIN = Message.of("domain", "domain", "base");
    public static final Message DOMAIN_COLUMN = Message.of("domain-column", "column", "domain");

    public static final RuleMeta META = RuleMeta.builder("types/no-domain")
            .severity(Severity.ERROR)
            .guideline("DOMAIN")
            .messages(DOMAIN, DOMAIN_COLUMN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Domain domain : schema.domains()) {
            context.report(domain, DOMAIN, domain.name().identity(), domain.baseType().sql());
        }
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().origin() == TypeOrigin.DOMAIN) {
                context.report(column, DOMAIN_COLUMN, column.name().name(), column.type().sql());
            }
        });
    }
}

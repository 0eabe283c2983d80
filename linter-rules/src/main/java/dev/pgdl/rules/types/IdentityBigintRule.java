package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/**
 * Identity columns are bigint (連番 → bigint). Serial and sequence-default columns belong to
 * types/prefer-identity, whose fix already says bigint: one finding per problem.
 */
public final class IdentityBigintRule implements SchemaRule {

    public static final Message NOT_BIGINT = Message.of("not-bigint", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/identity-bigint")
            .severity(Severity.ERROR)
            .guideline("データ型")
            .messages(NOT_BIGINT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.isIdentity() && !column.type().is("bigint")) {
                context.report(column, NOT_BIGINT, column.name().name(), column.type().sql());
            }
        });
    }
}

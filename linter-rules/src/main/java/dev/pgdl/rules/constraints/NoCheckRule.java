package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** CHECK constraints are prohibited (検査制約（CHECK制約）). */
public final class NoCheckRule implements SchemaRule {

    public static final Message FORBIDDEN = Message.of("forbidden", "constraint", "table", "expression");

    public static final RuleMeta META = RuleMeta.builder("constraints/no-check")
            .severity(Severity.ERROR)
            .guideline("検査制約（CHECK制約）")
            .messages(FORBIDDEN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachConstraint(schema, ConstraintType.CHECK, (table, constraint) -> {
            context.report(constraint, FORBIDDEN, constraint.name().name(), table.name().identity(),
                    constraint.expression());
        });
    }
}

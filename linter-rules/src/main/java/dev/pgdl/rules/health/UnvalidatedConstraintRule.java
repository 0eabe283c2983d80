package dev.pgdl.rules.health;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A constraint added NOT VALID is validated afterwards, as step two of スキーマ変更の対応手順. */
public final class UnvalidatedConstraintRule implements CatalogRule {

    public static final Message NOT_VALIDATED = Message.of("not-validated", "constraint", "table");

    public static final RuleMeta META = RuleMeta.builder("health/unvalidated-constraint")
            .severity(Severity.WARNING)
            .guideline("スキーマ変更の対応手順")
            .messages(NOT_VALIDATED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        for (Table table : schema.tables()) {
            for (Constraint constraint : table.constraints()) {
                if (constraint.notValid()) {
                    context.report(constraint, NOT_VALIDATED, constraint.name().sql(), table.name().identity());
                }
            }
        }
    }
}

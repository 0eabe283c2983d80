package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.ForeignKey;
import dev.pgdl.core.model.ReferentialAction;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

import java.util.ArrayList;
import java.util.List;

/** Foreign keys do not cascade deletes or updates (誤ったCASCADE理解による事故懸念). */
public final class ForeignKeyCascadeRule implements SchemaRule {

    public static final Message CASCADE = Message.of("cascade", "constraint", "table", "actions");

    public static final RuleMeta META = RuleMeta.builder("constraints/foreign-key-cascade")
            .severity(Severity.WARNING)
            .guideline("外部キー制約")
            .messages(CASCADE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Tables.forEachConstraint(schema, ConstraintType.FOREIGN_KEY, (table, constraint) -> {
            List<String> cascades = cascades(constraint.foreignKey());
            if (!cascades.isEmpty()) {
                context.report(constraint, CASCADE, constraint.name().name(), table.name().identity(),
                        String.join(", ", cascades));
            }
        });
    }

    private static List<String> cascades(ForeignKey foreignKey) {
        List<String> cascades = new ArrayList<>();
        if (foreignKey.onDelete() == ReferentialAction.CASCADE) {
            cascades.add("ON DELETE CASCADE");
        }
        if (foreignKey.onUpdate() == ReferentialAction.CASCADE) {
            cascades.add("ON UPDATE CASCADE");
        }
        return cascades;
    }
}

package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

/** Foreign keys stay in the logical model and are not deployed (外部キー制約). */
public final class NoForeignKeyRule implements SchemaRule {

    /** Whether deployed foreign keys are reported; with {@code allow}, other rules guard their use. */
    public enum Mode {
        FORBID,
        ALLOW
    }

    public static final OptionSpec<Mode> MODE = OptionSpec.of("mode", OptionType.oneOf(Mode.class), Mode.FORBID);

    public static final Message FORBIDDEN = Message.of("forbidden", "constraint", "table", "referenced");

    public static final RuleMeta META = RuleMeta.builder("constraints/no-foreign-key")
            .severity(Severity.ERROR)
            .guideline("外部キー制約")
            .options(MODE)
            .messages(FORBIDDEN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        if (context.option(MODE) == Mode.ALLOW) {
            return;
        }
        Tables.forEachConstraint(schema, ConstraintType.FOREIGN_KEY, (table, constraint) -> {
            context.report(constraint, FORBIDDEN, constraint.name().name(), table.name().identity(),
                    constraint.foreignKey().referencedTable().identity());
        });
    }
}

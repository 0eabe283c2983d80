package dev.pgdl.rules.migration;

import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.AddConstraint;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** FOREIGN KEY and CHECK constraints added to an existing table are added NOT VALID and validated later. */
public final class ConstraintNotValidRule implements MigrationRule {

    public static final Message NOT_VALID = Message.of("not-valid", "table", "constraint");

    public static final RuleMeta META = RuleMeta.builder("migration/constraint-not-valid")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(NOT_VALID)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof AddConstraint add && !add.notValid() && statement.targetExisted()
                    && (add.type() == ConstraintType.FOREIGN_KEY || add.type() == ConstraintType.CHECK)) {
                context.report(statement, NOT_VALID, statement.target().identity(),
                        add.name() == null ? "the constraint" : add.name().sql());
            }
        }
    }
}

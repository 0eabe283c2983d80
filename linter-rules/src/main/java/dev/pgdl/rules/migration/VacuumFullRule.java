package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.Vacuum;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** VACUUM FULL is not run; autovacuum keeps tables in shape. */
public final class VacuumFullRule implements MigrationRule {

    public static final Message VACUUM_FULL = Message.of("vacuum-full", "table");

    public static final RuleMeta META = RuleMeta.builder("migration/vacuum-full")
            .severity(Severity.ERROR)
            .guideline("VACUUM")
            .messages(VACUUM_FULL)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof Vacuum vacuum && vacuum.full()) {
                context.report(statement, VACUUM_FULL, statement.target() == null ? "*" : statement.target().identity());
            }
        }
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.RefreshMaterializedView;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** REFRESH MATERIALIZED VIEW uses CONCURRENTLY. */
public final class RefreshConcurrentlyRule implements MigrationRule {

    public static final Message REFRESH = Message.of("refresh", "view");

    public static final RuleMeta META = RuleMeta.builder("migration/refresh-concurrently")
            .severity(Severity.WARNING)
            .guideline("MVIEW")
            .messages(REFRESH)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof RefreshMaterializedView refresh && !refresh.concurrently()
                    && statement.targetExisted()) {
                context.report(statement, REFRESH, statement.target().identity());
            }
        }
    }
}

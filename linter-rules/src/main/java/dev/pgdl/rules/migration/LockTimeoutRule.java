package dev.pgdl.rules.migration;

import dev.pgdl.core.model.LockLevel;
import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

/** A file that takes an ACCESS EXCLUSIVE lock on an existing table sets lock_timeout first. */
public final class LockTimeoutRule implements MigrationRule {

    public static final Message NO_TIMEOUT = Message.of("no-timeout", "statement", "table");

    public static final RuleMeta META = RuleMeta.builder("migration/lock-timeout")
            .severity(Severity.WARNING)
            .guideline("beyond")
            .messages(NO_TIMEOUT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        migration.statements().stream()
                .filter(s -> s.lock() == LockLevel.ACCESS_EXCLUSIVE && s.targetExisted() && !s.lockTimeoutSet())
                .findFirst()
                .ifPresent(s -> context.report(s, NO_TIMEOUT, s.kind(), s.target().identity()));
    }
}

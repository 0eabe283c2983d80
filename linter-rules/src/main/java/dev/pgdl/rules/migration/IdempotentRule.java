package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.Set;

/** CREATE uses IF NOT EXISTS (or OR REPLACE) and DROP uses IF EXISTS. */
public final class IdempotentRule implements MigrationRule {

    public static final Message GUARD = Message.of("guard", "statement", "guard");

    public static final RuleMeta META = RuleMeta.builder("migration/idempotent")
            .severity(Severity.INFO)
            .guideline("スキーママイグレーション")
            .messages(GUARD)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.guardable() && !statement.guarded()) {
                context.report(statement, GUARD, statement.kind(), guard(statement.kind()));
            }
        }
    }

    private static final Set<String> REPLACEABLE = Set.of("CREATE VIEW", "CREATE FUNCTION", "CREATE PROCEDURE",
            "CREATE RULE", "CREATE AGGREGATE", "CREATE LANGUAGE", "CREATE TRANSFORM");

    private static String guard(String kind) {
        if (kind.startsWith("DROP ")) {
            return kind + " IF EXISTS";
        }
        return REPLACEABLE.contains(kind) ? kind.replaceFirst("^CREATE ", "CREATE OR REPLACE ") : kind + " IF NOT EXISTS";
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.AddConstraint;
import dev.pgdl.core.model.MigrationAction.SetNotNull;
import dev.pgdl.core.model.MigrationAction.ValidateConstraint;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NotNullChecks;

import java.util.ArrayList;
import java.util.List;

/** SET NOT NULL on an existing table follows a validated CHECK (column IS NOT NULL) (PostgreSQL 12+). */
public final class SafeNotNullRule implements MigrationRule {

    public static final Message PROCEDURE = Message.of("procedure", "table", "column", "constraint");
    public static final Message BEFORE_12 = Message.of("before-12", "table", "column", "version");

    public static final RuleMeta META = RuleMeta.builder("migration/safe-not-null")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(PROCEDURE, BEFORE_12)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        List<String> validated = new ArrayList<>();
        List<String> notValid = new ArrayList<>();
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof AddConstraint add && add.type() == ConstraintType.CHECK
                    && add.expression() != null) {
                (add.notValid() ? notValid : validated).add(key(statement, add.name(), add.expression()));
            } else if (statement.action() instanceof ValidateConstraint validate) {
                notValid.stream().filter(k -> k.startsWith(statement.target().identity() + "|" + validate.name().name() + "|"))
                        .findFirst().ifPresent(validated::add);
            } else if (statement.action() instanceof SetNotNull set && statement.targetExisted()
                    && !checked(migration, statement, set.column(), validated)) {
                report(statement, set.column(), context);
            }
        }
    }

    private static final int FIRST_VERSION_USING_CHECK = 12;

    private static void report(MigrationStatement statement, Identifier column, RuleContext context) {
        String table = statement.target().identity();
        if (context.targetPostgres() < FIRST_VERSION_USING_CHECK) {
            context.report(statement, BEFORE_12, table, column.sql(), context.targetPostgres());
        } else {
            context.report(statement, PROCEDURE, table, column.sql(),
                    statement.target().name().name() + "_" + column.name() + "_not_null");
        }
    }

    /** A validated CHECK (column IS NOT NULL): in the table before the file, or added and validated earlier in it. */
    private static boolean checked(Migration migration, MigrationStatement statement, Identifier column,
                                   List<String> validated) {
        boolean before = migration.before().table(statement.target()).stream()
                .flatMap(table -> table.constraints().stream())
                .anyMatch(c -> c.type() == ConstraintType.CHECK && !c.notValid()
                        && NotNullChecks.checksNotNull(c.expression(), column));
        String table = statement.target().identity() + "|";
        return before || validated.stream().anyMatch(k -> k.startsWith(table)
                && NotNullChecks.checksNotNull(k.substring(k.indexOf('|', table.length()) + 1), column));
    }

    private static String key(MigrationStatement statement, Identifier name, String expression) {
        return statement.target().identity() + "|" + (name == null ? "" : name.name()) + "|" + expression;
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.AlterColumnType;
import dev.pgdl.core.model.MigrationAction.DropColumn;
import dev.pgdl.core.model.MigrationAction.RenameColumn;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.regex.Pattern;

/** Columns that views depend on are not changed, dropped or renamed without handling the views. */
public final class ViewDependencyRule implements MigrationRule {

    public static final Message DEPENDENT = Message.of("dependent", "column", "views");

    public static final RuleMeta META = RuleMeta.builder("migration/view-dependency")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(DEPENDENT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            Identifier column = changedColumn(statement);
            if (column == null) {
                continue;
            }
            List<String> views = migration.before().views().stream()
                    .filter(view -> view.references().contains(statement.target()) && uses(view, column))
                    .map(view -> view.name().identity()).toList();
            if (!views.isEmpty()) {
                context.report(statement, DEPENDENT, statement.object(), String.join(", ", views));
            }
        }
    }

    private static Identifier changedColumn(MigrationStatement statement) {
        if (statement.target() == null) {
            return null;
        }
        if (statement.action() instanceof AlterColumnType change) {
            return change.column();
        }
        if (statement.action() instanceof DropColumn drop) {
            return drop.column();
        }
        return statement.action() instanceof RenameColumn rename ? rename.from() : null;
    }

    /** The view selects * from the table, or names the column (a name alone, as the view's text is not resolved). */
    private static boolean uses(View view, Identifier column) {
        return view.selectsStar() || Pattern.compile("(?i)(?<![\\w$])\"?" + Pattern.quote(column.name())
                + "\"?(?![\\w$])").matcher(view.query()).find();
    }
}

package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.Names;

import java.util.HashSet;
import java.util.List;

/** A foreign key's referencing columns lead some index (インデックス作成有無のハマり). */
public final class ForeignKeyIndexRule implements SchemaRule {

    public static final Message UNINDEXED = Message.of("unindexed", "constraint", "table", "columns");

    public static final RuleMeta META = RuleMeta.builder("constraints/foreign-key-index")
            .severity(Severity.WARNING)
            .guideline("外部キー制約")
            .messages(UNINDEXED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            List<Key> keys = Key.of(schema, table);
            for (Constraint constraint : table.constraints()) {
                if (constraint.is(ConstraintType.FOREIGN_KEY) && keys.stream().noneMatch(k -> leads(k, constraint))) {
                    context.report(constraint, UNINDEXED, constraint.name().name(), table.name().identity(),
                            Names.sqlList(constraint.columns()));
                }
            }
        }
    }

    /** The key's first columns are the foreign key's columns, in any order, and it indexes every row. */
    private static boolean leads(Key key, Constraint foreignKey) {
        List<Identifier> columns = foreignKey.columns();
        List<Identifier> leading = key.leadingColumns();
        return key.predicate() == null && leading.size() >= columns.size()
                && new HashSet<>(leading.subList(0, columns.size())).equals(new HashSet<>(columns));
    }
}

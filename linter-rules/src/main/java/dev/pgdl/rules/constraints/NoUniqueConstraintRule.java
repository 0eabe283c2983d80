package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Key;
import dev.pgdl.rules.support.Names;
import dev.pgdl.rules.support.RedundantKeys;

import java.util.List;

/** Unique indexes instead of UNIQUE constraints (一意制約). */
public final class NoUniqueConstraintRule implements SchemaRule {

    public static final Message USE_UNIQUE_INDEX = Message.of("use-unique-index", "constraint", "table", "columns");

    public static final RuleMeta META = RuleMeta.builder("constraints/no-unique-constraint")
            .severity(Severity.WARNING)
            .guideline("一意制約")
            .messages(USE_UNIQUE_INDEX)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            List<Key> keys = Key.of(schema, table);
            for (Key key : keys) {
                // A constraint another key already covers belongs to indexes/duplicate: drop it, do not convert it.
                if (key.object() instanceof Constraint constraint && constraint.is(ConstraintType.UNIQUE)
                        && RedundantKeys.coveringKey(key, keys).isEmpty()) {
                    context.report(constraint, USE_UNIQUE_INDEX, constraint.name().name(), table.name().identity(),
                            Names.sqlList(constraint.columns()));
                }
            }
        }
    }
}

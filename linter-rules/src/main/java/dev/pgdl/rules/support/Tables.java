package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.function.BiConsumer;

/** Walks over the columns and constraints a design declares. */
public final class Tables {

    private Tables() {
    }

    /**
     * Each column with its table, skipping partitions: their columns are the parent's, so a
     * problem with a column is reported once, on the parent.
     */
    public static void forEachDeclaredColumn(Schema schema, BiConsumer<Table, Column> action) {
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                for (Column column : table.columns()) {
                    action.accept(table, column);
                }
            }
        }
    }

    /** Each constraint of one type with its table. */
    public static void forEachConstraint(Schema schema, ConstraintType type, BiConsumer<Table, Constraint> action) {
        for (Table table : schema.tables()) {
            for (Constraint constraint : table.constraints()) {
                if (constraint.is(type)) {
                    action.accept(table, constraint);
                }
            }
        }
    }
}

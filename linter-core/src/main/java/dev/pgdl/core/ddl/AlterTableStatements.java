package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.ColumnRef;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.PartitionOf;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Applies ALTER TABLE to the schema state: each action of {@code ALTER TABLE [IF EXISTS] [ONLY]
 * name action, …}, and the RENAME, SET SCHEMA, ATTACH and DETACH PARTITION forms.
 */
final class AlterTableStatements {

    private final SchemaState state;
    private final TableStatements tables;

    AlterTableStatements(SchemaState state, TableStatements tables) {
        this.state = state;
        this.tables = tables;
    }

    void alter(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("ALTER");
        cursor.acceptAny("FOREIGN");
        cursor.accept("TABLE");
        cursor.accept("IF", "EXISTS");
        cursor.accept("ONLY");
        QualifiedName name = state.resolveRelation(cursor.name());
        cursor.acceptSymbol("*");
        if (!state.tables.containsKey(name)) {
            return;
        }
        for (List<SqlToken> action : actions(cursor)) {
            applyWithPartitions(statement, name, statement.slice(action));
        }
    }

    /** Column changes reach the partitions too, as in PostgreSQL; constraints do not (theirs are derived). */
    private void applyWithPartitions(SqlStatement statement, QualifiedName table, SqlStatement action) {
        apply(statement, table, new TokenCursor(action));
        if (changesColumns(action)) {
            state.tables.values().stream()
                    .filter(t -> t.isPartition() && table.equals(t.partitionOf().parent()))
                    .map(Table::name).toList()
                    .forEach(partition -> applyWithPartitions(statement, partition, action));
        }
    }

    private static boolean changesColumns(SqlStatement action) {
        TokenCursor cursor = new TokenCursor(action);
        if (cursor.accept("ADD") || cursor.accept("DROP")) {
            return !cursor.atEnd() && !TableConstraintReader.startsConstraint(cursor.peek());
        }
        return cursor.accept("ALTER") || cursor.accept("RENAME", "COLUMN")
                || cursor.accept("RENAME") && !cursor.peekWords("TO") && !cursor.peekWords("CONSTRAINT");
    }

    private void apply(SqlStatement statement, QualifiedName table, TokenCursor action) {
        if (action.accept("RENAME")) {
            rename(table, action);
        } else if (action.accept("ADD")) {
            add(statement, table, action);
        } else if (action.accept("DROP")) {
            drop(table, action);
        } else if (action.accept("ALTER")) {
            action.accept("COLUMN");
            Identifier column = Identifier.fromSql(action.next().text());
            alterColumn(table, column, action);
        } else if (action.accept("VALIDATE", "CONSTRAINT")) {
            Identifier constraint = Identifier.fromSql(action.next().text());
            updateConstraints(table, c -> c.name().equals(constraint) ? c.validated() : c);
        } else if (action.accept("ATTACH", "PARTITION")) {
            QualifiedName partition = state.resolveRelation(action.name());
            String bound = Blanks.collapse(action.textUntil());
            state.updateTable(partition, p -> p.withPartitionOf(new PartitionOf(table, bound)));
        } else if (action.accept("DETACH", "PARTITION")) {
            SqlToken at = action.peek();
            QualifiedName partition = state.resolveRelation(action.name());
            boolean concurrently = action.accept("CONCURRENTLY");
            state.updateTable(partition, p -> (concurrently ? withBoundCheck(statement.at(at), table, p) : p)
                    .withPartitionOf(null));
        } else if (action.peekWords("ENABLE", "ROW", "LEVEL", "SECURITY") || action.peekWords("FORCE", "ROW")
                || action.peekWords("DISABLE", "ROW") || action.peekWords("NO", "FORCE")) {
            rowLevelSecurity(table, action);
        } else if (action.accept("SET", "SCHEMA")) {
            state.renameTable(table, new QualifiedName(Identifier.fromSql(action.next().text()), table.name()));
        } else if (action.accept("SET") && !action.atEnd() && action.peek().isSymbol("(")) {
            Map<String, String> parameters = TableStatements.storageParameters(action.skipGroup());
            state.updateTable(table, t -> {
                Map<String, String> merged = new LinkedHashMap<>(t.storageParameters());
                merged.putAll(parameters);
                return t.withStorageParameters(merged);
            });
        } else if (action.accept("INHERIT")) {
            QualifiedName parent = state.resolveRelation(action.name());
            state.updateTable(table, t -> t.withInherits(append(t.inherits(), parent)));
        } else if (action.accept("NO", "INHERIT")) {
            QualifiedName parent = state.resolveRelation(action.name());
            state.updateTable(table, t -> t.withInherits(t.inherits().stream().filter(p -> !p.equals(parent)).toList()));
        }
    }

    /**
     * A partition detached CONCURRENTLY keeps its bound as a CHECK constraint that PostgreSQL adds,
     * named after the key column when the key is one column.
     */
    private Table withBoundCheck(SourceLocation location, QualifiedName parent, Table partition) {
        if (partition.partitionOf() == null) {
            return partition;
        }
        Table parentTable = state.tables.get(parent);
        List<PartitionKey> keys = parentTable == null || parentTable.partitioning() == null ? List.of()
                : parentTable.partitioning().keys();
        List<Identifier> columns = keys.size() == 1 && keys.get(0).isColumn() ? List.of(keys.get(0).column()) : List.of();
        String name = PostgresNames.objectName(partition.name().name().name(),
                columns.isEmpty() ? "" : columns.get(0).name(), "check");
        List<Constraint> constraints = new ArrayList<>(partition.constraints());
        TableStatements.addConstraint(constraints, new Constraint(Identifier.of(name), ConstraintType.CHECK, columns,
                partition.partitionOf().bound(), null, null, List.of(), List.of(), false, false, false, location));
        return partition.withConstraints(constraints);
    }

    private void rename(QualifiedName table, TokenCursor action) {
        if (action.accept("TO")) {
            state.renameTable(table, table.withName(Identifier.fromSql(action.next().text())));
        } else if (action.accept("CONSTRAINT")) {
            Identifier from = Identifier.fromSql(action.next().text());
            action.accept("TO");
            Identifier to = Identifier.fromSql(action.next().text());
            updateConstraints(table, c -> c.name().equals(from) ? c.withName(to) : c);
        } else {
            action.accept("COLUMN");
            Identifier from = Identifier.fromSql(action.next().text());
            action.accept("TO");
            Identifier to = Identifier.fromSql(action.next().text());
            updateColumn(table, from, c -> c.withName(to));
        }
    }

    private void add(SqlStatement statement, QualifiedName table, TokenCursor action) {
        boolean column = action.accept("COLUMN");
        action.accept("IF", "NOT", "EXISTS");
        List<SqlToken> rest = remaining(action);
        if (rest.isEmpty()) {
            return;
        }
        Table current = state.tables.get(table);
        if (!column && TableConstraintReader.startsConstraint(rest.get(0))) {
            new TableConstraintReader(state, statement)
                    .read(rest, table, current.columns().stream().map(Column::name).toList())
                    .ifPresent(constraint -> state.updateTable(table, t -> withConstraint(t, constraint)));
            return;
        }
        ColumnReader.ColumnDefinition definition = new ColumnReader(state, statement).read(rest, table);
        if (current.column(definition.column().name().name()).isPresent()) {
            return;
        }
        List<Column> columns = new ArrayList<>(current.columns());
        List<Constraint> constraints = new ArrayList<>(current.constraints());
        List<Sequence> sequences = new ArrayList<>();
        tables.addColumn(table, definition, columns, constraints, sequences);
        state.updateTable(table, t -> t.withColumns(columns).withConstraints(constraints));
        sequences.forEach(s -> state.sequences.put(s.name(), s));
    }

    private static Table withConstraint(Table table, Constraint constraint) {
        List<Constraint> constraints = new ArrayList<>(table.constraints());
        TableStatements.addConstraint(constraints, constraint);
        Table updated = table.withConstraints(constraints);
        if (constraint.is(ConstraintType.PRIMARY_KEY)) {
            List<Column> columns = new ArrayList<>(updated.columns());
            TableStatements.markNotNull(columns, constraint.columns());
            updated = updated.withColumns(columns);
        }
        return updated;
    }

    private void drop(QualifiedName table, TokenCursor action) {
        if (action.accept("CONSTRAINT")) {
            action.accept("IF", "EXISTS");
            Identifier name = Identifier.fromSql(action.next().text());
            state.updateTable(table, t -> t.withConstraints(
                    t.constraints().stream().filter(c -> !c.name().equals(name)).toList()));
            return;
        }
        action.accept("COLUMN");
        action.accept("IF", "EXISTS");
        Identifier name = Identifier.fromSql(action.next().text());
        state.updateTable(table, t -> t.withColumns(t.columns().stream().filter(c -> !c.name().equals(name)).toList())
                .withConstraints(t.constraints().stream().filter(c -> !c.columns().contains(name)).toList()));
    }

    private void alterColumn(QualifiedName table, Identifier column, TokenCursor action) {
        if (action.accept("SET", "DATA", "TYPE") || action.accept("TYPE")) {
            String typeText = action.textUntil("COLLATE", "USING");
            DataType type = state.type(typeText);
            updateColumn(table, column, c -> c.withType(type));
        } else if (action.accept("SET", "NOT", "NULL")) {
            updateColumn(table, column, c -> c.withNotNull(true));
        } else if (action.accept("DROP", "NOT", "NULL")) {
            updateColumn(table, column, c -> c.withNotNull(false));
        } else if (action.accept("SET", "DEFAULT")) {
            String expression = Blanks.collapse(action.textUntil());
            updateColumn(table, column, c -> c.withDefault(expression));
        } else if (action.accept("DROP", "DEFAULT")) {
            updateColumn(table, column, c -> c.withDefault(null));
        } else if (action.accept("ADD", "GENERATED")) {
            IdentityGeneration generation = action.accept("ALWAYS") ? IdentityGeneration.ALWAYS
                    : IdentityGeneration.BY_DEFAULT;
            addIdentity(table, column, generation);
        } else if (action.accept("SET", "GENERATED")) {
            IdentityGeneration generation = action.accept("ALWAYS") ? IdentityGeneration.ALWAYS
                    : IdentityGeneration.BY_DEFAULT;
            updateColumn(table, column, c -> c.isIdentity() ? c.withIdentity(generation) : c);
        } else if (action.accept("DROP", "IDENTITY")) {
            updateColumn(table, column, c -> c.withIdentity(IdentityGeneration.NONE));
            state.sequences.values().removeIf(s -> s.identity() && s.ownedBy() != null
                    && s.ownedBy().equals(new ColumnRef(table, column)));
        }
    }

    private void addIdentity(QualifiedName table, Identifier column, IdentityGeneration generation) {
        Table current = state.tables.get(table);
        current.column(column.name()).ifPresent(c -> {
            QualifiedName sequence = table.withName(Identifier.of(
                    PostgresNames.objectName(table.name().name(), column.name(), "seq")));
            state.sequences.put(sequence, new Sequence(sequence, c.type().name(), new ColumnRef(table, column), true,
                    c.location()));
            updateColumn(table, column, col -> col.withIdentity(generation));
        });
    }

    private void rowLevelSecurity(QualifiedName table, TokenCursor action) {
        boolean enable = action.accept("ENABLE");
        boolean disable = !enable && action.accept("DISABLE");
        boolean noForce = !enable && !disable && action.accept("NO", "FORCE");
        boolean force = !enable && !disable && !noForce && action.accept("FORCE");
        state.updateTable(table, t -> t.withRowLevelSecurity(enable || (!disable && t.rowLevelSecurity()),
                force || (!noForce && t.forceRowLevelSecurity())));
    }

    private void updateColumn(QualifiedName table, Identifier column, UnaryOperator<Column> change) {
        state.updateTable(table, t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals(column) ? change.apply(c) : c).toList()));
    }

    private void updateConstraints(QualifiedName table, UnaryOperator<Constraint> change) {
        state.updateTable(table, t -> t.withConstraints(t.constraints().stream().map(change).toList()));
    }

    private static <T> List<T> append(List<T> list, T element) {
        List<T> result = new ArrayList<>(list);
        result.add(element);
        return result;
    }

    private static List<SqlToken> remaining(TokenCursor cursor) {
        List<SqlToken> rest = new ArrayList<>();
        while (!cursor.atEnd()) {
            rest.add(cursor.next());
        }
        return rest;
    }

    /** The actions after the table name, split at top-level commas. */
    private static List<List<SqlToken>> actions(TokenCursor cursor) {
        return TableStatements.splitAtCommas(remaining(cursor), 0);
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.LockLevel;
import dev.pgdl.core.model.MigrationAction;
import dev.pgdl.core.model.MigrationAction.AddColumn;
import dev.pgdl.core.model.MigrationAction.AddConstraint;
import dev.pgdl.core.model.MigrationAction.AlterColumnType;
import dev.pgdl.core.model.MigrationAction.AttachPartition;
import dev.pgdl.core.model.MigrationAction.DetachPartition;
import dev.pgdl.core.model.MigrationAction.DropColumn;
import dev.pgdl.core.model.MigrationAction.Other;
import dev.pgdl.core.model.MigrationAction.RenameColumn;
import dev.pgdl.core.model.MigrationAction.RenameTable;
import dev.pgdl.core.model.MigrationAction.SetNotNull;
import dev.pgdl.core.model.MigrationAction.ValidateConstraint;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operations of one ALTER TABLE, one per action, each with the lock PostgreSQL documents for
 * that form ("ALTER TABLE", Notes and each action's description).
 */
final class MigrationAlterTable {

    private static final String KIND = "ALTER TABLE";

    private final SchemaState state;
    private final MigrationStatements statements;

    MigrationAlterTable(SchemaState state, MigrationStatements statements) {
        this.state = state;
        this.statements = statements;
    }

    void read(SqlStatement statement, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("ALTER");
        cursor.accept("TABLE");
        cursor.accept("IF", "EXISTS");
        cursor.accept("ONLY");
        QualifiedName table = state.resolveRelation(cursor.name());
        cursor.acceptSymbol("*");
        List<SqlToken> rest = new ArrayList<>();
        while (!cursor.atEnd()) {
            rest.add(cursor.next());
        }
        for (List<SqlToken> action : TableStatements.splitAtCommas(rest, 0)) {
            if (!action.isEmpty()) {
                found.add(action(statement, statement.slice(action), table));
            }
        }
    }

    private MigrationStatement action(SqlStatement statement, SqlStatement action, QualifiedName table) {
        TokenCursor cursor = new TokenCursor(action);
        if (cursor.accept("ADD")) {
            return add(statement, action, cursor, table);
        }
        if (cursor.accept("DROP")) {
            if (cursor.accept("CONSTRAINT")) {
                return on(action, new Other(), table, table.identity(), LockLevel.ACCESS_EXCLUSIVE);
            }
            cursor.accept("COLUMN");
            cursor.accept("IF", "EXISTS");
            Identifier column = Identifier.fromSql(cursor.next().text());
            return on(action, new DropColumn(column), table, column(table, column), LockLevel.ACCESS_EXCLUSIVE);
        }
        if (cursor.accept("ALTER")) {
            cursor.accept("COLUMN");
            Identifier column = Identifier.fromSql(cursor.next().text());
            return alterColumn(action, cursor, table, column);
        }
        if (cursor.accept("VALIDATE", "CONSTRAINT")) {
            Identifier name = Identifier.fromSql(cursor.next().text());
            return on(action, new ValidateConstraint(name), table, table.identity() + "." + name.name(),
                    LockLevel.SHARE_UPDATE_EXCLUSIVE);
        }
        if (cursor.accept("RENAME")) {
            return rename(action, cursor, table);
        }
        if (cursor.accept("ATTACH", "PARTITION")) {
            QualifiedName partition = state.resolveRelation(cursor.name());
            return on(action, new AttachPartition(partition), table, partition.identity(),
                    LockLevel.SHARE_UPDATE_EXCLUSIVE);
        }
        if (cursor.accept("DETACH", "PARTITION")) {
            QualifiedName partition = state.resolveRelation(cursor.name());
            boolean concurrently = cursor.accept("CONCURRENTLY") || cursor.accept("FINALIZE");
            return on(action, new DetachPartition(partition, concurrently), table, partition.identity(),
                    concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE);
        }
        return on(action, new Other(), table, table.identity(), otherLock(cursor));
    }

    /** Locks of the forms no rule looks at one by one, for {@code migration/lock-timeout}. */
    private static LockLevel otherLock(TokenCursor cursor) {
        if (cursor.peekWords("SET", "(") || cursor.peekWords("RESET") || cursor.peekWords("CLUSTER", "ON")
                || cursor.peekWords("SET", "WITHOUT", "CLUSTER") || cursor.peekWords("SET", "STATISTICS")) {
            return LockLevel.SHARE_UPDATE_EXCLUSIVE;
        }
        if (cursor.peekWords("ENABLE", "TRIGGER") || cursor.peekWords("DISABLE", "TRIGGER")
                || cursor.peekWords("ENABLE", "ALWAYS", "TRIGGER") || cursor.peekWords("ENABLE", "REPLICA", "TRIGGER")) {
            return LockLevel.SHARE_ROW_EXCLUSIVE;
        }
        return LockLevel.ACCESS_EXCLUSIVE;
    }

    private MigrationStatement add(SqlStatement statement, SqlStatement action, TokenCursor cursor,
                                   QualifiedName table) {
        boolean column = cursor.accept("COLUMN");
        cursor.accept("IF", "NOT", "EXISTS");
        if (cursor.atEnd()) {
            return on(action, new Other(), table, table.identity(), LockLevel.ACCESS_EXCLUSIVE);
        }
        if (!column && TableConstraintReader.startsConstraint(cursor.peek())) {
            return addConstraint(action, cursor, table);
        }
        List<SqlToken> definition = new ArrayList<>();
        while (!cursor.atEnd()) {
            definition.add(cursor.next());
        }
        Column read = new ColumnReader(state, statement).read(definition, table).column();
        return on(action, new AddColumn(read.name(), read.type(), read.defaultExpression()), table,
                column(table, read.name()), LockLevel.ACCESS_EXCLUSIVE);
    }

    private MigrationStatement addConstraint(SqlStatement action, TokenCursor cursor, QualifiedName table) {
        Identifier name = cursor.accept("CONSTRAINT") ? Identifier.fromSql(cursor.next().text()) : null;
        ConstraintType type;
        String expression = null;
        if (cursor.accept("CHECK")) {
            type = ConstraintType.CHECK;
            expression = cursor.skipGroup().strip();
        } else if (cursor.accept("FOREIGN", "KEY")) {
            type = ConstraintType.FOREIGN_KEY;
        } else if (cursor.accept("PRIMARY", "KEY")) {
            type = ConstraintType.PRIMARY_KEY;
        } else if (cursor.accept("UNIQUE")) {
            type = ConstraintType.UNIQUE;
        } else {
            type = ConstraintType.EXCLUDE;
        }
        boolean notValid = false;
        while (!cursor.atEnd()) {
            notValid |= cursor.accept("NOT", "VALID");
            if (!cursor.atEnd()) {
                cursor.next();
            }
        }
        return on(action, new AddConstraint(name, type, expression, notValid), table,
                name == null ? table.identity() : table.identity() + "." + name.name(),
                type == ConstraintType.FOREIGN_KEY ? LockLevel.SHARE_ROW_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE);
    }

    private MigrationStatement alterColumn(SqlStatement action, TokenCursor cursor, QualifiedName table,
                                           Identifier column) {
        String object = column(table, column);
        if (cursor.accept("SET", "DATA", "TYPE") || cursor.accept("TYPE")) {
            DataType to = state.type(cursor.textUntil("COLLATE", "USING"));
            DataType from = currentColumn(table, column).map(Column::type).orElse(null);
            return on(action, new AlterColumnType(column, from, to), table, object, LockLevel.ACCESS_EXCLUSIVE);
        }
        if (cursor.accept("SET", "NOT", "NULL")) {
            return on(action, new SetNotNull(column), table, object, LockLevel.ACCESS_EXCLUSIVE);
        }
        return on(action, new Other(), table, object, cursor.peekWords("SET", "STATISTICS")
                ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE);
    }

    private MigrationStatement rename(SqlStatement action, TokenCursor cursor, QualifiedName table) {
        if (cursor.accept("TO")) {
            Identifier to = Identifier.fromSql(cursor.next().text());
            MigrationStatement renamed = on(action, new RenameTable(to), table, table.identity(),
                    LockLevel.ACCESS_EXCLUSIVE);
            if (statements.isNew(table)) {
                statements.created(table.withName(to));
            }
            return renamed;
        }
        if (cursor.accept("CONSTRAINT")) {
            return on(action, new Other(), table, table.identity(), LockLevel.ACCESS_EXCLUSIVE);
        }
        cursor.accept("COLUMN");
        Identifier from = Identifier.fromSql(cursor.next().text());
        cursor.accept("TO");
        Identifier to = Identifier.fromSql(cursor.next().text());
        return on(action, new RenameColumn(from, to), table, column(table, from), LockLevel.ACCESS_EXCLUSIVE);
    }

    private Optional<Column> currentColumn(QualifiedName table, Identifier column) {
        Table current = state.tables.get(table);
        return current == null ? Optional.empty() : current.column(column.name());
    }

    private MigrationStatement on(SqlStatement action, MigrationAction what, QualifiedName table, String object,
                                  LockLevel lock) {
        return statements.emit(action, KIND, what, table, object, false, false, lock, action.location());
    }

    private static String column(QualifiedName table, Identifier column) {
        return table.identity() + "." + column.name();
    }
}

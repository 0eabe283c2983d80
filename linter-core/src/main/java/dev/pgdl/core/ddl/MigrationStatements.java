package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.LockLevel;
import dev.pgdl.core.model.MigrationAction;
import dev.pgdl.core.model.MigrationAction.CreateIndex;
import dev.pgdl.core.model.MigrationAction.CreateTable;
import dev.pgdl.core.model.MigrationAction.DropIndex;
import dev.pgdl.core.model.MigrationAction.DropTable;
import dev.pgdl.core.model.MigrationAction.Other;
import dev.pgdl.core.model.MigrationAction.RefreshMaterializedView;
import dev.pgdl.core.model.MigrationAction.Reindex;
import dev.pgdl.core.model.MigrationAction.Truncate;
import dev.pgdl.core.model.MigrationAction.Vacuum;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a statement of a migration file into the operations migration rules judge, with the lock
 * each takes (see {@code docs/migration-locks.md} for the table and its sources in the PostgreSQL
 * documentation). Runs before the statement is applied, so the state is the one it meets.
 */
final class MigrationStatements {

    /** CREATE statements PostgreSQL lets a migration write so that a second run is harmless. */
    private static final Set<String> GUARDABLE_CREATES = Set.of("CREATE TABLE", "CREATE INDEX", "CREATE SEQUENCE",
            "CREATE SCHEMA", "CREATE EXTENSION", "CREATE MATERIALIZED VIEW", "CREATE VIEW", "CREATE FUNCTION",
            "CREATE PROCEDURE", "CREATE UNLOGGED TABLE", "CREATE FOREIGN TABLE", "CREATE SERVER",
            "CREATE STATISTICS", "CREATE RULE", "CREATE AGGREGATE", "CREATE LANGUAGE", "CREATE TRANSFORM");

    private final SchemaState state;
    private final MigrationSession session;
    private final MigrationAlterTable alterTable;

    MigrationStatements(SchemaState state, MigrationSession session) {
        this.state = state;
        this.session = session;
        this.alterTable = new MigrationAlterTable(state, this);
    }

    List<MigrationStatement> read(SqlStatement statement, StatementKind kind) {
        List<MigrationStatement> found = new ArrayList<>();
        String name = kind.name();
        TokenCursor cursor = new TokenCursor(statement);
        if (name.startsWith("CREATE ") && name.endsWith(" TABLE") && !name.equals("CREATE FOREIGN TABLE")) {
            createTable(statement, kind, found);
        } else if (name.equals("CREATE INDEX")) {
            createIndex(statement, kind, found);
        } else if (name.startsWith("CREATE ")) {
            found.add(emit(statement, kind.name(), new Other(), null, "", guardedCreate(statement, kind),
                    GUARDABLE_CREATES.contains(name), LockLevel.NONE, statement.location()));
            if (kind.route() == StatementKind.Route.CREATE_VIEW) {
                createdView(statement, kind);
            }
        } else if (name.startsWith("DROP ")) {
            drop(statement, kind, found);
        } else if (name.equals("ALTER TABLE")) {
            alterTable.read(statement, found);
        } else if (name.equals("VACUUM")) {
            vacuum(statement, found);
        } else if (name.equals("REFRESH") && cursor.accept("REFRESH", "MATERIALIZED", "VIEW")) {
            boolean concurrently = cursor.accept("CONCURRENTLY");
            QualifiedName view = state.resolveRelation(cursor.name());
            found.add(emit(statement, "REFRESH MATERIALIZED VIEW", new RefreshMaterializedView(concurrently), view,
                    view.identity(), false, false, concurrently ? LockLevel.EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE,
                    statement.location()));
        } else if (name.equals("TRUNCATE")) {
            cursor.accept("TRUNCATE");
            cursor.accept("TABLE");
            cursor.accept("ONLY");
            for (List<Identifier> table : cursor.names()) {
                QualifiedName relation = state.resolveRelation(table);
                found.add(emit(statement, name, new Truncate(), relation, relation.identity(), false, false,
                        LockLevel.ACCESS_EXCLUSIVE, statement.location()));
            }
        } else if (name.equals("REINDEX")) {
            reindex(statement, found);
        } else if (name.equals("LOCK")) {
            lock(statement, found);
        }
        return found;
    }

    /** A statement on {@code target}, which existed before the file unless the file created it. */
    MigrationStatement emit(SqlStatement statement, String kind, MigrationAction action, QualifiedName target,
                            String object, boolean guarded, boolean guardable, LockLevel lock,
                            SourceLocation location) {
        boolean existed = target != null && exists(target) && !session.isNew(target);
        return new MigrationStatement(kind, action, target, object, existed, guarded, guardable, lock,
                session.inTransaction(), session.lockTimeoutSet(), location);
    }

    void created(QualifiedName relation) {
        session.created(relation);
    }

    boolean isNew(QualifiedName relation) {
        return session.isNew(relation);
    }

    private boolean exists(QualifiedName relation) {
        return state.tables.containsKey(relation) || state.views.containsKey(relation);
    }

    private void createTable(SqlStatement statement, StatementKind kind, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        QualifiedName table = state.qualify(cursor.name());
        boolean guarded = guardedCreate(statement, kind);
        QualifiedName parent = cursor.accept("PARTITION", "OF") ? state.resolveRelation(cursor.name()) : null;
        boolean temporary = statement.tokens().subList(0, kind.objectAt()).stream()
                .anyMatch(t -> t.isWord("TEMPORARY") || t.isWord("TEMP"));
        if (!temporary) {
            found.add(emit(statement, kind.name(), new CreateTable(parent), parent == null ? table : parent,
                    table.identity(), guarded, true, parent == null ? LockLevel.NONE : LockLevel.ACCESS_EXCLUSIVE,
                    statement.location()));
        }
        if (!state.tables.containsKey(table)) {
            session.created(table);
        }
    }

    /** A view the file creates is new: indexing or refreshing it later in the file blocks no one. */
    private void createdView(SqlStatement statement, StatementKind kind) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        cursor.accept("IF", "NOT", "EXISTS");
        QualifiedName view = state.qualify(cursor.name());
        if (!exists(view)) {
            session.created(view);
        }
    }

    private void createIndex(SqlStatement statement, StatementKind kind, List<MigrationStatement> found) {
        List<SqlToken> head = statement.tokens().subList(0, kind.objectAt());
        boolean concurrently = head.stream().anyMatch(t -> t.isWord("CONCURRENTLY"));
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        List<Identifier> name = cursor.peekWords("ON") ? List.of() : cursor.name();
        cursor.accept("ON");
        boolean only = cursor.accept("ONLY");
        QualifiedName table = state.resolveRelation(cursor.name());
        QualifiedName index = name.isEmpty() ? null
                : name.size() > 1 ? state.qualify(name) : new QualifiedName(table.schema(), name.get(0));
        Table onTable = state.tables.get(table);
        boolean partitioned = onTable != null && onTable.isPartitioned();
        found.add(emit(statement, kind.name(), new CreateIndex(index, concurrently, only, partitioned), table,
                index == null ? table.identity() : index.identity(), guardedCreate(statement, kind), index != null,
                concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE, statement.location()));
        if (index != null) {
            session.created(index);
        }
    }

    private void drop(SqlStatement statement, StatementKind kind, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
        String objectKind = DropAndCommentStatements.objectKind(cursor);
        boolean concurrently = cursor.accept("CONCURRENTLY");
        boolean guarded = cursor.accept("IF", "EXISTS");
        List<List<Identifier>> names = cursor.names();
        if (names.isEmpty() || !List.of("TABLE", "INDEX", "VIEW", "MATERIALIZED VIEW").contains(objectKind)) {
            found.add(emit(statement, kind.name(), new Other(), null, "", guarded, true, LockLevel.NONE,
                    statement.location()));
            return;
        }
        for (List<Identifier> name : names) {
            QualifiedName relation = state.resolveRelation(name);
            switch (objectKind) {
                case "TABLE" -> found.add(emit(statement, kind.name(), new DropTable(), relation, relation.identity(),
                        guarded, true, LockLevel.ACCESS_EXCLUSIVE, statement.location()));
                case "INDEX" -> {
                    Index index = state.indexes.get(relation);
                    QualifiedName table = index == null || session.isNew(relation) ? null : index.table();
                    found.add(emit(statement, kind.name(), new DropIndex(relation, concurrently), table,
                            relation.identity(), guarded, true,
                            concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE,
                            statement.location()));
                }
                default -> found.add(emit(statement, kind.name(), new Other(), relation, relation.identity(), guarded,
                        true, LockLevel.ACCESS_EXCLUSIVE, statement.location()));
            }
        }
    }

    private void vacuum(SqlStatement statement, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("VACUUM");
        boolean full = false;
        if (!cursor.atEnd() && cursor.peek().isSymbol("(")) {
            String options = cursor.skipGroup().toUpperCase(Locale.ROOT);
            full = options.matches("(?s).*\\bFULL\\b(?!\\s+(FALSE|OFF|0)\\b).*");
        }
        for (String word = option(cursor); word != null; word = option(cursor)) {
            full |= word.equals("FULL");
        }
        List<Identifier> table = cursor.name();
        QualifiedName relation = table.isEmpty() ? null : state.resolveRelation(table);
        found.add(emit(statement, full ? "VACUUM FULL" : "VACUUM", new Vacuum(full), relation,
                relation == null ? "" : relation.identity(), false, false,
                full ? LockLevel.ACCESS_EXCLUSIVE : LockLevel.SHARE_UPDATE_EXCLUSIVE, statement.location()));
    }

    private static String option(TokenCursor cursor) {
        return cursor.acceptAny("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE");
    }

    private void reindex(SqlStatement statement, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("REINDEX");
        if (!cursor.atEnd() && cursor.peek().isSymbol("(")) {
            cursor.skipGroup();
        }
        String what = cursor.atEnd() ? "" : cursor.next().upper();
        boolean concurrently = cursor.accept("CONCURRENTLY");
        QualifiedName target = null;
        if (what.equals("TABLE")) {
            target = state.resolveRelation(cursor.name());
        } else if (what.equals("INDEX")) {
            Index index = state.indexes.get(state.resolveRelation(cursor.name()));
            target = index == null ? null : index.table();
        }
        found.add(emit(statement, "REINDEX", new Reindex(concurrently), target,
                target == null ? "" : target.identity(), false, false,
                concurrently ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.ACCESS_EXCLUSIVE, statement.location()));
    }

    private void lock(SqlStatement statement, List<MigrationStatement> found) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("LOCK");
        cursor.accept("TABLE");
        cursor.accept("ONLY");
        List<List<Identifier>> tables = cursor.names();
        LockLevel mode = LockLevel.ACCESS_EXCLUSIVE;
        if (cursor.accept("IN")) {
            String written = cursor.textUntil("MODE").strip().replaceAll("\\s+", "_").toUpperCase(Locale.ROOT);
            mode = Arrays.stream(LockLevel.values()).filter(l -> l.name().equals(written)).findFirst()
                    .orElse(LockLevel.ACCESS_EXCLUSIVE);
        }
        for (List<Identifier> table : tables) {
            QualifiedName relation = state.resolveRelation(table);
            found.add(emit(statement, "LOCK", new Other(), relation, relation.identity(), false, false, mode,
                    statement.location()));
        }
    }

    private static boolean guardedCreate(SqlStatement statement, StatementKind kind) {
        List<SqlToken> head = statement.tokens().subList(0, Math.max(0, Math.min(kind.objectAt(),
                statement.tokens().size())));
        return head.stream().anyMatch(t -> t.isWord("REPLACE") || t.isWord("EXISTS"));
    }
}

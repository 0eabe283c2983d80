package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.StatementKind.Route;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.ddl.ParsedStatement.ParsedIndex;
import dev.pgdl.core.ddl.ParsedStatement.ParsedView;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads SQL files into the schema model. Statements are split by pgdl's own lexer and read on
 * another thread, while this one applies them to the schema state strictly in file order. A statement that matters to the schema but cannot be read becomes a
 * {@link ParseProblem}; session and data statements are understood and ignored.
 */
public final class DdlReader {

    public DdlReadResult read(List<SqlFile> files) {
        return read(files, new SchemaState(), StatementObserver.NONE);
    }

    /** Reads {@code files} on top of {@code state}, telling {@code observer} of each statement before it is applied. */
    DdlReadResult read(List<SqlFile> files, SchemaState state, StatementObserver observer) {
        Readers readers = new Readers(state);
        List<ParseProblem> problems = new ArrayList<>();
        int statements = 0;
        try (StatementPipeline pipeline = new StatementPipeline(files)) {
            for (StatementPipeline.Item item = pipeline.next(); item != null; item = pipeline.next()) {
                statements++;
                observer.beforeApplying(item.statement(), item.kind(), state);
                problems.addAll(apply(readers, item.statement(), item.kind(), item.outcome()));
            }
        }
        return new DdlReadResult(state.freeze(), problems, statements);
    }

    private static List<ParseProblem> apply(Readers readers, SqlStatement statement, StatementKind kind,
                                            ParseOutcome outcome) {
        try {
            if (kind.route() == Route.UNKNOWN) {
                return List.of(problem(readers.state, statement, kind, "not a statement pgdl knows"));
            }
            if (outcome != null && !outcome.isParsed()) {
                return List.of(problem(readers.state, statement, kind, outcome.failure()));
            }
            if (kind.route() == Route.CREATE_SCHEMA) {
                return createSchema(readers, statement, kind);
            }
            readers.apply(statement, kind, outcome);
            return List.of();
        } catch (RuntimeException e) {
            return List.of(problem(readers.state, statement, kind, "could not read it ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Applies the schema elements of {@code CREATE SCHEMA s CREATE TABLE …}, which PostgreSQL creates in {@code s}. */
    private static List<ParseProblem> createSchema(Readers readers, SqlStatement statement, StatementKind kind) {
        SchemaState state = readers.state;
        ObjectStatements.SchemaElements created = readers.objects.createSchema(statement,
                new TokenCursor(statement).at(kind.objectAt()));
        List<String> searchPath = state.searchPath();
        List<ParseProblem> problems = new ArrayList<>();
        try {
            state.setSearchPath(Stream.concat(Stream.of(created.schema()), searchPath.stream()).toList());
            for (SqlStatement element : created.elements()) {
                StatementKind elementKind = StatementKind.of(element);
                problems.addAll(apply(readers, element, elementKind, StatementPipeline.parse(element, elementKind)));
            }
        } finally {
            state.setSearchPath(searchPath);
        }
        return problems;
    }

    private static ParseProblem problem(SchemaState state, SqlStatement statement, StatementKind kind, String reason) {
        String object = "";
        if (kind.objectAt() >= 0) {
            List<Identifier> name = new TokenCursor(statement).at(kind.objectAt()).name();
            object = name.isEmpty() ? "" : state.qualify(name).identity();
        }
        return new ParseProblem(statement.location(), object, kind.name(), reason);
    }

    /** One reader per family of statements, sharing the schema state. */
    private static final class Readers {
        private final SchemaState state;
        private final TableStatements tables;
        private final AlterTableStatements alterTables;
        private final IndexStatements indexes;
        private final ViewStatements views;
        private final ObjectStatements objects;
        private final RoutineStatements routines;
        private final SecurityStatements security;
        private final DropAndCommentStatements dropAndComment;
        private final SessionStatements session;

        Readers(SchemaState state) {
            this.state = state;
            this.tables = new TableStatements(state);
            this.alterTables = new AlterTableStatements(state, tables);
            this.indexes = new IndexStatements(state);
            this.views = new ViewStatements(state);
            this.objects = new ObjectStatements(state);
            this.routines = new RoutineStatements(state);
            this.security = new SecurityStatements(state);
            this.dropAndComment = new DropAndCommentStatements(state);
            this.session = new SessionStatements(state);
        }

        void apply(SqlStatement statement, StatementKind kind, ParseOutcome outcome) {
            TokenCursor cursor = new TokenCursor(statement).at(kind.objectAt());
            switch (kind.route()) {
                case CREATE_TABLE -> tables.create(statement);
                case ALTER_TABLE -> alterTables.alter(statement);
                case CREATE_INDEX, CREATE_VIEW -> {
                    if (outcome.parsed() instanceof ParsedIndex index) {
                        indexes.create(statement, index);
                    } else if (outcome.parsed() instanceof ParsedView view) {
                        views.create(statement, view);
                    }
                }
                case CREATE_SEQUENCE -> objects.createSequence(statement, cursor);
                case ALTER_SEQUENCE -> objects.alterSequence(cursor);
                case ALTER_INDEX -> objects.alterIndex(cursor);
                case CREATE_TYPE -> objects.createType(statement, cursor);
                case ALTER_TYPE -> objects.alterType(cursor);
                case CREATE_DOMAIN -> objects.createDomain(statement, cursor);
                case CREATE_EXTENSION -> objects.createExtension(statement, cursor);
                case CREATE_FUNCTION -> routines.createFunction(statement, cursor, false);
                case CREATE_PROCEDURE -> routines.createFunction(statement, cursor, true);
                case CREATE_TRIGGER -> routines.createTrigger(statement, cursor);
                case CREATE_EVENT_TRIGGER -> routines.createEventTrigger(statement, cursor);
                case CREATE_ROLE -> security.createRole(statement, cursor, false);
                case CREATE_USER -> security.createRole(statement, cursor, true);
                case ALTER_ROLE -> security.alterRole(statement, cursor);
                case CREATE_POLICY -> security.createPolicy(statement, cursor);
                case GRANT -> security.grant(statement, cursor, false);
                case REVOKE -> security.grant(statement, cursor, true);
                case DROP -> dropAndComment.drop(cursor);
                case COMMENT -> dropAndComment.comment(cursor);
                case SET -> session.set(cursor);
                case SELECT -> session.select(statement);
                case CREATE_SCHEMA, IGNORED, UNKNOWN -> {
                    // CREATE SCHEMA is applied by the reader (its elements are statements); the rest is not modelled
                }
            }
        }
    }
}

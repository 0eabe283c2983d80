package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.ColumnRef;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.OnCommit;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.PartitionOf;
import dev.pgdl.core.model.PartitionStrategy;
import dev.pgdl.core.model.Partitioning;
import dev.pgdl.core.model.Persistence;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Applies CREATE TABLE to the schema state, read from the statement's tokens. */
final class TableStatements {

    /** A partition key that is a column, possibly with an operator class. */
    private static final Pattern COLUMN_KEY = Pattern.compile(TableConstraintReader.COLUMN_NAME + "(\\s+\\w+)?");

    private final SchemaState state;

    TableStatements(SchemaState state) {
        this.state = state;
    }

    /** Like PostgreSQL, a second CREATE TABLE of an existing name changes nothing. */
    void create(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.accept("CREATE");
        cursor.acceptAny("GLOBAL", "LOCAL");
        Persistence persistence = switch (String.valueOf(cursor.acceptAny("TEMPORARY", "TEMP", "UNLOGGED"))) {
            case "TEMPORARY", "TEMP" -> Persistence.TEMPORARY;
            case "UNLOGGED" -> Persistence.UNLOGGED;
            default -> Persistence.PERMANENT;
        };
        cursor.accept("TABLE");
        cursor.accept("IF", "NOT", "EXISTS");
        SqlToken nameToken = cursor.peek();
        QualifiedName name = state.qualify(cursor.name());
        if (persistence == Persistence.TEMPORARY) {
            name = QualifiedName.of("pg_temp", name.name().name()).withName(name.name());
        }
        PartitionOf partitionOf = null;
        if (cursor.accept("PARTITION", "OF")) {
            partitionOf = new PartitionOf(state.resolveRelation(cursor.name()), null);
        } else if (cursor.accept("OF")) {
            cursor.name();
        }
        List<Column> columns = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Sequence> ownedSequences = new ArrayList<>();
        if (partitionOf != null) {
            inheritColumns(partitionOf.parent(), columns);
        }
        if (!cursor.atEnd() && cursor.peek().isSymbol("(")) {
            readElements(statement, cursor, name, columns, constraints, ownedSequences);
        }
        List<QualifiedName> inherits = new ArrayList<>();
        Partitioning partitioning = null;
        Map<String, String> storage = new LinkedHashMap<>();
        OnCommit onCommit = OnCommit.NONE;
        while (!cursor.atEnd()) {
            if (cursor.accept("INHERITS")) {
                cursor.acceptSymbol("(");
                cursor.names().forEach(parent -> inherits.add(state.resolveRelation(parent)));
                cursor.acceptSymbol(")");
            } else if (cursor.accept("PARTITION", "BY")) {
                PartitionStrategy strategy = PartitionStrategy.valueOf(cursor.next().upper());
                partitioning = new Partitioning(strategy, partitionKeys(cursor.skipGroup()));
            } else if (cursor.peekWords("FOR", "VALUES") || cursor.peekWords("DEFAULT")) {
                String bound = cursor.textUntil("PARTITION", "WITH", "TABLESPACE", "USING");
                partitionOf = new PartitionOf(partitionOf == null ? null : partitionOf.parent(),
                        Blanks.collapse(bound));
            } else if (cursor.accept("WITH") && !cursor.atEnd() && cursor.peek().isSymbol("(")) {
                storage.putAll(storageParameters(cursor.skipGroup()));
            } else if (cursor.accept("ON", "COMMIT")) {
                onCommit = cursor.accept("DELETE", "ROWS") ? OnCommit.DELETE_ROWS
                        : cursor.accept("PRESERVE", "ROWS") ? OnCommit.PRESERVE_ROWS : dropOnCommit(cursor);
            } else if (cursor.accept("AS")) {
                break;
            } else {
                cursor.next();
            }
        }
        Table table = new Table(name, persistence, partitioning, partitionOf, inherits, columns,
                RedundantKeyConstraints.merge(name.name().name(), constraints), storage,
                onCommit, false, false, null, statement.at(nameToken));
        if (state.tables.putIfAbsent(name, table) == null) {
            ownedSequences.forEach(sequence -> state.sequences.put(sequence.name(), sequence));
        }
    }

    private static OnCommit dropOnCommit(TokenCursor cursor) {
        cursor.accept("DROP");
        return OnCommit.DROP;
    }

    /** Copies the parent's columns: each table has column objects of its own, for findings to name. */
    private void inheritColumns(QualifiedName parent, List<Column> columns) {
        Table parentTable = state.tables.get(parent);
        if (parentTable != null) {
            parentTable.columns().forEach(column -> columns.add(column.withName(column.name())));
        }
    }

    /** Reads {@code (column, …, constraint, …, LIKE other)}. */
    void readElements(SqlStatement statement, TokenCursor cursor, QualifiedName table, List<Column> columns,
                      List<Constraint> constraints, List<Sequence> ownedSequences) {
        List<List<SqlToken>> elements = elementsOfGroup(statement, cursor);
        List<List<SqlToken>> constraintElements = new ArrayList<>();
        for (List<SqlToken> element : elements) {
            if (TableConstraintReader.startsConstraint(element.get(0))) {
                constraintElements.add(element);
            } else if (element.get(0).isWord("LIKE")) {
                TokenCursor like = new TokenCursor(statement.slice(element));
                like.accept("LIKE");
                inheritColumns(state.resolveRelation(like.name()), columns);
            } else {
                ColumnReader.ColumnDefinition definition = new ColumnReader(state, statement).read(element, table);
                addColumn(table, definition, columns, constraints, ownedSequences);
            }
        }
        List<Identifier> columnNames = columns.stream().map(Column::name).toList();
        TableConstraintReader reader = new TableConstraintReader(state, statement);
        for (List<SqlToken> element : constraintElements) {
            reader.read(element, table, columnNames).ifPresent(constraint -> {
                addConstraint(constraints, constraint);
                if (constraint.is(ConstraintType.PRIMARY_KEY)) {
                    markNotNull(columns, constraint.columns());
                }
            });
        }
    }

    /** Adds a column with PostgreSQL's implicit parts: the sequence behind serial and identity columns. */
    void addColumn(QualifiedName table, ColumnReader.ColumnDefinition definition, List<Column> columns,
                   List<Constraint> constraints, List<Sequence> ownedSequences) {
        Column column = definition.column();
        if (definition.serial() || column.identity() != IdentityGeneration.NONE) {
            QualifiedName sequence = table.withName(Identifier.of(
                    PostgresNames.objectName(table.name().name(), column.name().name(), "seq")));
            ownedSequences.add(new Sequence(sequence, column.type().name(),
                    new ColumnRef(table, column.name()), column.isIdentity(), column.location()));
            if (definition.serial()) {
                column = column.withDefault("nextval('" + sequence.identity() + "'::regclass)").withNotNull(true);
            }
        }
        columns.add(column);
        definition.constraints().forEach(constraint -> addConstraint(constraints, constraint));
    }

    /** Adds a constraint; an implicit name already used on the table gets a number, as in PostgreSQL. */
    static void addConstraint(List<Constraint> constraints, Constraint constraint) {
        Set<String> taken = new HashSet<>();
        for (Constraint existing : constraints) {
            taken.add(existing.name().name());
        }
        String name = PostgresNames.unique(constraint.name().name(), taken);
        constraints.add(name.equals(constraint.name().name()) ? constraint : constraint.withName(Identifier.of(name)));
    }

    static void markNotNull(List<Column> columns, List<Identifier> keyColumns) {
        columns.replaceAll(c -> keyColumns.contains(c.name()) ? c.withNotNull(true) : c);
    }

    /** The comma-separated elements of the parenthesized group starting at the cursor. */
    static List<List<SqlToken>> elementsOfGroup(SqlStatement statement, TokenCursor cursor) {
        List<SqlToken> tokens = statement.tokens();
        int open = cursor.position();
        int depth = tokens.get(open).depth() + 1;
        cursor.skipGroup();
        int close = cursor.position() - 1;
        return splitAtCommas(tokens.subList(open + 1, close), depth);
    }

    /** Splits tokens at the commas of the given parenthesis depth; empty parts are dropped. */
    static List<List<SqlToken>> splitAtCommas(List<SqlToken> tokens, int depth) {
        List<List<SqlToken>> parts = new ArrayList<>();
        List<SqlToken> current = new ArrayList<>();
        for (SqlToken token : tokens) {
            if (token.isSymbol(",") && token.depth() == depth) {
                if (!current.isEmpty()) {
                    parts.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        return parts;
    }

    private static List<PartitionKey> partitionKeys(String inner) {
        return TableConstraintReader.splitTopLevel(inner).stream()
                .map(key -> COLUMN_KEY.matcher(key).matches()
                        ? new PartitionKey(Identifier.fromSql(Blanks.firstWord(key)), null)
                        : new PartitionKey(null, ColumnReader.stripParentheses(key)))
                .toList();
    }

    static Map<String, String> storageParameters(String inner) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String part : TableConstraintReader.splitTopLevel(inner)) {
            int equals = part.indexOf('=');
            String key = (equals < 0 ? part : part.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "true" : withoutQuotes(part.substring(equals + 1).strip());
            parameters.put(key, value);
        }
        return parameters;
    }

    /** The value without a leading and a trailing quote, as {@code replaceAll("^'|'$", "")} leaves it. */
    private static String withoutQuotes(String value) {
        int start = value.startsWith("'") ? 1 : 0;
        int end = value.length() > start && value.endsWith("'") ? value.length() - 1 : value.length();
        return value.substring(start, end);
    }
}

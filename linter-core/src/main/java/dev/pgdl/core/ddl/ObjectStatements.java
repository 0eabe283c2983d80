package dev.pgdl.core.ddl;

import dev.pgdl.core.model.ColumnRef;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Domain;
import dev.pgdl.core.model.EnumType;
import dev.pgdl.core.model.Extension;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Namespace;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.TypeOrigin;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies the statements about types, domains, sequences, extensions and schemas, read from their
 * tokens.
 */
final class ObjectStatements {

    private final SchemaState state;

    ObjectStatements(SchemaState state) {
        this.state = state;
    }

    void createExtension(SqlStatement statement, TokenCursor cursor) {
        cursor.accept("IF", "NOT", "EXISTS");
        SqlToken nameToken = cursor.next();
        String name = Identifier.fromSql(nameToken.text()).name();
        String schema = cursor.skipTo("SCHEMA") && cursor.accept("SCHEMA") ? Identifier.fromSql(cursor.next().text()).name()
                : null;
        state.extensions.put(name, new Extension(name, schema, statement.at(nameToken)));
    }

    /** A schema just created, and the statements embedded in its CREATE SCHEMA, to apply inside it. */
    record SchemaElements(String schema, List<SqlStatement> elements) {
    }

    /**
     * Creates the schema and returns the statements embedded after its name ({@code CREATE SCHEMA s
     * CREATE TABLE … CREATE VIEW … GRANT …}).
     */
    SchemaElements createSchema(SqlStatement statement, TokenCursor cursor) {
        cursor.accept("IF", "NOT", "EXISTS");
        SqlToken nameToken = cursor.peek();
        String owner = null;
        Identifier name;
        if (cursor.accept("AUTHORIZATION")) {
            name = Identifier.fromSql(cursor.next().text());
            owner = name.name();
        } else {
            name = Identifier.fromSql(cursor.next().text());
            if (cursor.accept("AUTHORIZATION")) {
                owner = Identifier.fromSql(cursor.next().text()).name();
            }
        }
        state.namespaces.put(name.name(), new Namespace(name, owner, statement.at(nameToken)));
        List<SqlStatement> elements = new ArrayList<>();
        List<SqlToken> element = new ArrayList<>();
        while (!cursor.atEnd()) {
            SqlToken token = cursor.next();
            if (token.depth() == 0 && (token.isWord("CREATE") || token.isWord("GRANT")) && !element.isEmpty()) {
                elements.add(statement.slice(element));
                element = new ArrayList<>();
            }
            element.add(token);
        }
        if (!element.isEmpty()) {
            elements.add(statement.slice(element));
        }
        return new SchemaElements(name.name(), elements);
    }

    void createType(SqlStatement statement, TokenCursor cursor) {
        SqlToken nameToken = cursor.peek();
        QualifiedName name = state.qualify(cursor.name());
        if (cursor.accept("AS", "ENUM")) {
            List<String> labels = new ArrayList<>();
            while (!cursor.atEnd()) {
                SqlToken token = cursor.next();
                if (token.kind() == SqlToken.Kind.STRING) {
                    labels.add(unquote(token.text()));
                }
            }
            state.enumTypes.put(name, new EnumType(name, labels, statement.at(nameToken)));
        } else if (cursor.accept("AS", "RANGE")) {
            state.otherTypes.put(name, TypeOrigin.RANGE);
        } else if (cursor.accept("AS")) {
            state.otherTypes.put(name, TypeOrigin.COMPOSITE);
        } else {
            state.otherTypes.put(name, TypeOrigin.BUILT_IN);
        }
    }

    void alterType(TokenCursor cursor) {
        QualifiedName name = state.qualify(cursor.name());
        EnumType type = state.enumTypes.get(name);
        if (type == null) {
            return;
        }
        if (cursor.accept("ADD", "VALUE")) {
            cursor.accept("IF", "NOT", "EXISTS");
            List<String> labels = new ArrayList<>(type.labels());
            labels.add(unquote(cursor.next().text()));
            state.enumTypes.put(name, type.withLabels(labels));
        } else if (cursor.accept("RENAME", "TO")) {
            QualifiedName renamed = name.withName(Identifier.fromSql(cursor.next().text()));
            state.enumTypes.remove(name);
            state.enumTypes.put(renamed, type.withName(renamed));
        }
    }

    void createDomain(SqlStatement statement, TokenCursor cursor) {
        SqlToken nameToken = cursor.peek();
        QualifiedName name = state.qualify(cursor.name());
        cursor.accept("AS");
        String typeText = cursor.textUntil("COLLATE", "DEFAULT", "CONSTRAINT", "NOT", "NULL", "CHECK");
        DataType baseType = state.type(typeText);
        boolean notNull = false;
        String defaultExpression = null;
        List<String> checks = new ArrayList<>();
        while (!cursor.atEnd()) {
            if (cursor.accept("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.accept("DEFAULT")) {
                defaultExpression = cursor.textUntil("COLLATE", "CONSTRAINT", "NOT", "NULL", "CHECK");
            } else if (cursor.accept("CHECK")) {
                checks.add(ColumnReader.stripParentheses(cursor.skipGroup()));
            } else {
                cursor.next();
            }
        }
        state.domains.put(name, new Domain(name, baseType, notNull, defaultExpression, checks, statement.at(nameToken)));
    }

    void createSequence(SqlStatement statement, TokenCursor cursor) {
        cursor.accept("IF", "NOT", "EXISTS");
        SqlToken nameToken = cursor.peek();
        QualifiedName name = state.qualify(cursor.name());
        String dataType = "bigint";
        ColumnRef ownedBy = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("AS")) {
                dataType = state.type(cursor.next().text()).name();
            } else if (cursor.accept("OWNED", "BY")) {
                ownedBy = columnRef(cursor.name());
            } else {
                cursor.next();
            }
        }
        state.sequences.put(name, new Sequence(name, dataType, ownedBy, false, statement.at(nameToken)));
    }

    void alterSequence(TokenCursor cursor) {
        cursor.accept("IF", "EXISTS");
        QualifiedName name = state.resolveRelation(cursor.name());
        Sequence sequence = state.sequences.get(name);
        if (sequence == null) {
            return;
        }
        if (cursor.accept("RENAME", "TO")) {
            QualifiedName renamed = name.withName(Identifier.fromSql(cursor.next().text()));
            state.sequences.remove(name);
            state.sequences.put(renamed, sequence.withName(renamed));
        } else if (cursor.skipTo("OWNED") && cursor.accept("OWNED", "BY")) {
            state.sequences.put(name, sequence.withOwnedBy(cursor.accept("NONE") ? null : columnRef(cursor.name())));
        }
    }

    void alterIndex(TokenCursor cursor) {
        cursor.accept("IF", "EXISTS");
        QualifiedName name = state.resolveRelation(cursor.name());
        if (state.indexes.containsKey(name) && cursor.accept("RENAME", "TO")) {
            QualifiedName renamed = name.withName(Identifier.fromSql(cursor.next().text()));
            state.indexes.put(renamed, state.indexes.remove(name).withName(renamed));
        }
    }

    private ColumnRef columnRef(List<Identifier> parts) {
        if (parts.size() < 2) {
            return null;
        }
        QualifiedName table = state.resolveRelation(parts.subList(0, parts.size() - 1));
        return new ColumnRef(table, parts.get(parts.size() - 1));
    }

    static String unquote(String literal) {
        String text = literal.startsWith("E'") || literal.startsWith("e'") ? literal.substring(1) : literal;
        return text.length() >= 2 ? text.substring(1, text.length() - 1).replace("''", "'") : text;
    }
}

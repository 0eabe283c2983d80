package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.ForeignKey;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.ReferentialAction;
import dev.pgdl.core.model.SourceLocation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one column definition ({@code name type [clauses]}) from its tokens: the type, NOT NULL,
 * DEFAULT, identity and generated expressions, COLLATE, and the column's own constraints, which
 * become table constraints with the names PostgreSQL would give them.
 */
final class ColumnReader {

    private static final Set<String> CLAUSE_STARTS = Set.of("CONSTRAINT", "NOT", "NULL", "DEFAULT", "PRIMARY",
            "UNIQUE", "CHECK", "REFERENCES", "GENERATED", "COLLATE", "DEFERRABLE", "INITIALLY", "STORAGE",
            "COMPRESSION");

    private static final Pattern STORED = Pattern.compile("\\s*STORED$", Pattern.CASE_INSENSITIVE);

    /** A column and the constraints declared on it. */
    record ColumnDefinition(Column column, List<Constraint> constraints, boolean serial) {
    }

    private final SchemaState state;
    private final SqlStatement statement;

    ColumnReader(SchemaState state, SqlStatement statement) {
        this.state = state;
        this.statement = statement;
    }

    ColumnDefinition read(List<SqlToken> element, QualifiedName table) {
        SqlToken nameToken = element.get(0);
        Identifier name = Identifier.fromSql(nameToken.text());
        int depth = nameToken.depth();
        int index = 1;
        int typeStart = index;
        while (index < element.size() && !isClauseStart(element.get(index), depth)) {
            index++;
        }
        String typeText = text(element, typeStart, index - 1);
        DataType type = state.type(typeText);
        boolean serial = TypeNormalizer.isSerial(typeText);

        boolean notNull = serial;
        String defaultExpression = null;
        IdentityGeneration identity = IdentityGeneration.NONE;
        String generated = null;
        String collation = null;
        String constraintName = null;
        SqlToken constraintStart = null;
        List<Constraint> constraints = new ArrayList<>();
        while (index < element.size()) {
            SqlToken token = element.get(index);
            if (constraintStart == null) {
                constraintStart = token;
            }
            if (token.isWord("CONSTRAINT") && index + 1 < element.size()) {
                constraintName = Identifier.fromSql(element.get(index + 1).text()).name();
                index += 2;
                continue;
            }
            if (token.isWord("NOT") && next(element, index).isWord("NULL")) {
                notNull = true;
                index += 2;
            } else if (token.isWord("NULL")) {
                index++;
            } else if (token.isWord("DEFAULT")) {
                int end = clauseEnd(element, index + 2, depth);
                defaultExpression = text(element, index + 1, end - 1);
                index = end;
            } else if (token.isWord("PRIMARY")) {
                notNull = true;
                constraints.add(keyConstraint(ConstraintType.PRIMARY_KEY, constraintName,
                        PostgresNames.objectName(table.name().name(), "", "pkey"), name, constraintStart, false));
                index = clauseEnd(element, index + 1, depth);
            } else if (token.isWord("UNIQUE")) {
                boolean nullsNotDistinct = next(element, index).isWord("NULLS") && next(element, index + 1).isWord("NOT");
                constraints.add(keyConstraint(ConstraintType.UNIQUE, constraintName,
                        PostgresNames.objectName(table.name().name(), name.name(), "key"), name, constraintStart,
                        nullsNotDistinct));
                index = clauseEnd(element, index + 1, depth);
            } else if (token.isWord("CHECK")) {
                int end = clauseEnd(element, index + 1, depth);
                String expression = stripParentheses(text(element, index + 1, end - 1));
                boolean notValid = expression.toUpperCase().endsWith("NOT VALID");
                constraints.add(new Constraint(Identifier.of(named(constraintName,
                        PostgresNames.objectName(table.name().name(), name.name(), "check"))), ConstraintType.CHECK,
                        List.of(name), expression, null, null, List.of(), List.of(), false, notValid, false,
                        statement.at(constraintStart)));
                index = end;
            } else if (token.isWord("REFERENCES")) {
                int end = clauseEnd(element, afterName(element, index + 1), depth);
                constraints.add(foreignKey(element.subList(index + 1, end), constraintName, table, name,
                        constraintStart));
                index = end;
            } else if (token.isWord("GENERATED")) {
                int end = clauseEnd(element, next(element, index + 1).isWord("DEFAULT") ? index + 3 : index + 1, depth);
                List<SqlToken> clause = element.subList(index, end);
                if (SqlToken.hasWords(clause, "IDENTITY")) {
                    identity = SqlToken.hasWords(clause, "ALWAYS") ? IdentityGeneration.ALWAYS
                            : IdentityGeneration.BY_DEFAULT;
                    notNull = true;
                } else {
                    generated = generatedExpression(element, index, end);
                }
                index = end;
            } else if (token.isWord("COLLATE")) {
                collation = index + 1 < element.size() ? Identifier.fromSql(element.get(index + 1).text()).name() : null;
                index += 2;
            } else {
                index = clauseEnd(element, index + 1, depth);
            }
            constraintName = null;
            constraintStart = null;
        }
        Column column = new Column(name, type, notNull, defaultExpression, identity, generated, collation, null,
                statement.at(nameToken));
        return new ColumnDefinition(column, constraints, serial);
    }

    /** The expression of {@code GENERATED ALWAYS AS (…) [STORED]} in tokens {@code from} to {@code end}, or "" if none. */
    private String generatedExpression(List<SqlToken> element, int from, int end) {
        for (int open = from; open < end; open++) {
            if (element.get(open).isSymbol("(")) {
                return stripParentheses(STORED.matcher(text(element, open, end - 1)).replaceAll(""));
            }
        }
        return "";
    }

    private Constraint keyConstraint(ConstraintType type, String givenName, String defaultName, Identifier column,
                                     SqlToken start, boolean nullsNotDistinct) {
        return new Constraint(Identifier.of(named(givenName, defaultName)), type, List.of(column), null, null, null,
                List.of(), List.of(), nullsNotDistinct, false, false, statement.at(start));
    }

    private Constraint foreignKey(List<SqlToken> clause, String givenName, QualifiedName table, Identifier column,
                                  SqlToken start) {
        TokenCursor cursor = new TokenCursor(statement.slice(clause));
        QualifiedName referenced = state.resolveRelation(cursor.name());
        List<Identifier> referencedColumns = new ArrayList<>();
        if (cursor.acceptSymbol("(")) {
            while (!cursor.atEnd() && !cursor.peek().isSymbol(")")) {
                SqlToken t = cursor.next();
                if (t.isIdentifier()) {
                    referencedColumns.add(Identifier.fromSql(t.text()));
                }
            }
        }
        ReferentialActions actions = ReferentialActions.read(clause);
        return new Constraint(Identifier.of(named(givenName,
                PostgresNames.objectName(table.name().name(), column.name(), "fkey"))), ConstraintType.FOREIGN_KEY,
                List.of(column), null, new ForeignKey(referenced, referencedColumns, actions.onDelete(), actions.onUpdate()),
                null, List.of(), List.of(), false, false, actions.deferrable(), statement.at(start));
    }

    private static String named(String given, String generated) {
        return given != null ? given : generated;
    }

    private static boolean isClauseStart(SqlToken token, int depth) {
        return token.depth() == depth && token.kind() == SqlToken.Kind.WORD && CLAUSE_STARTS.contains(token.upper());
    }

    /** The index of the next clause start at the element's depth, searching from {@code from}. */
    private static int clauseEnd(List<SqlToken> element, int from, int depth) {
        int index = Math.min(from, element.size());
        while (index < element.size() && !isClauseStart(element.get(index), depth)) {
            index++;
        }
        return index;
    }

    /** The index after a possibly qualified name starting at {@code start} (a schema may be called {@code storage}). */
    private static int afterName(List<SqlToken> element, int start) {
        int index = start;
        while (index < element.size() && (element.get(index).isIdentifier() && index == start
                || element.get(index).isSymbol(".") || index > start && element.get(index - 1).isSymbol("."))) {
            index++;
        }
        return index;
    }

    private static SqlToken next(List<SqlToken> element, int index) {
        return index + 1 < element.size() ? element.get(index + 1) : element.get(index);
    }

    private String text(List<SqlToken> element, int from, int to) {
        if (from > to || from >= element.size()) {
            return "";
        }
        int base = statement.tokens().get(0).offset();
        return Blanks.collapse(statement.text().substring(element.get(from).offset() - base,
                element.get(to).end() - base));
    }

    static String stripParentheses(String expression) {
        String trimmed = expression.strip();
        if (trimmed.toUpperCase().endsWith("NOT VALID")) {
            trimmed = trimmed.substring(0, trimmed.length() - "NOT VALID".length()).strip();
        }
        if (trimmed.toUpperCase().endsWith("NO INHERIT")) {
            trimmed = trimmed.substring(0, trimmed.length() - "NO INHERIT".length()).strip();
        }
        while (trimmed.startsWith("(") && trimmed.endsWith(")") && balanced(trimmed.substring(1, trimmed.length() - 1))) {
            trimmed = trimmed.substring(1, trimmed.length() - 1).strip();
        }
        return trimmed;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /** What a REFERENCES clause does on delete and update, and whether it is deferrable. */
    record ReferentialActions(ReferentialAction onDelete, ReferentialAction onUpdate, boolean deferrable) {

        static ReferentialActions read(List<SqlToken> clause) {
            ReferentialAction onDelete = ReferentialAction.NO_ACTION;
            ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
            boolean deferrable = false;
            for (int i = 0; i < clause.size(); i++) {
                SqlToken token = clause.get(i);
                if (token.isWord("ON") && i + 2 < clause.size()) {
                    ReferentialAction action = action(clause, i + 2);
                    if (clause.get(i + 1).isWord("DELETE")) {
                        onDelete = action;
                    } else if (clause.get(i + 1).isWord("UPDATE")) {
                        onUpdate = action;
                    }
                } else if (token.isWord("DEFERRABLE") && !(i > 0 && clause.get(i - 1).isWord("NOT"))) {
                    deferrable = true;
                }
            }
            return new ReferentialActions(onDelete, onUpdate, deferrable);
        }

        private static ReferentialAction action(List<SqlToken> clause, int at) {
            SqlToken first = clause.get(at);
            SqlToken second = at + 1 < clause.size() ? clause.get(at + 1) : first;
            if (first.isWord("CASCADE")) {
                return ReferentialAction.CASCADE;
            }
            if (first.isWord("RESTRICT")) {
                return ReferentialAction.RESTRICT;
            }
            if (first.isWord("SET")) {
                return second.isWord("NULL") ? ReferentialAction.SET_NULL : ReferentialAction.SET_DEFAULT;
            }
            return ReferentialAction.NO_ACTION;
        }
    }
}

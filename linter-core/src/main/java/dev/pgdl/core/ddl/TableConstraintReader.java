package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.ExclusionElement;
import dev.pgdl.core.model.ForeignKey;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.QualifiedName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a table constraint ({@code [CONSTRAINT name] PRIMARY KEY | UNIQUE | CHECK | FOREIGN KEY |
 * EXCLUDE …}) from its tokens, as written in CREATE TABLE or ALTER TABLE … ADD. Unnamed
 * constraints get the name PostgreSQL would choose.
 */
final class TableConstraintReader {

    /** A column name alone, as an index or partition key element may be written. */
    static final String COLUMN_NAME = "\"?[\\p{L}_][\\p{L}\\p{N}_$]*\"?";

    private final SchemaState state;
    private final SqlStatement statement;

    TableConstraintReader(SchemaState state, SqlStatement statement) {
        this.state = state;
        this.statement = statement;
    }

    static boolean startsConstraint(SqlToken token) {
        return token.isWord("CONSTRAINT") || token.isWord("PRIMARY") || token.isWord("UNIQUE")
                || token.isWord("CHECK") || token.isWord("FOREIGN") || token.isWord("EXCLUDE");
    }

    /** The constraint, or empty for forms the model does not hold ({@code UNIQUE USING INDEX}). */
    Optional<Constraint> read(List<SqlToken> element, QualifiedName table, List<Identifier> tableColumns) {
        TokenCursor cursor = new TokenCursor(statement.slice(element));
        String givenName = null;
        if (cursor.accept("CONSTRAINT")) {
            givenName = Identifier.fromSql(cursor.next().text()).name();
        }
        if (cursor.atEnd()) {
            return Optional.empty();
        }
        String tableName = table.name().name();
        boolean notValid = SqlToken.hasWords(element, "NOT", "VALID");
        boolean deferrable = SqlToken.hasWords(element, "DEFERRABLE") && !SqlToken.hasWords(element, "NOT", "DEFERRABLE");
        if (cursor.accept("PRIMARY", "KEY") || cursor.peekWords("UNIQUE")) {
            boolean primary = !cursor.accept("UNIQUE");
            boolean nullsNotDistinct = cursor.accept("NULLS", "NOT", "DISTINCT");
            cursor.accept("NULLS", "DISTINCT");
            if (cursor.peekWords("USING", "INDEX")) {
                return Optional.empty();
            }
            List<Identifier> columns = identifiers(cursor.skipGroup());
            List<Identifier> include = cursor.accept("INCLUDE") ? identifiers(cursor.skipGroup()) : List.of();
            String defaultName = primary ? PostgresNames.objectName(tableName, "", "pkey")
                    : PostgresNames.objectName(tableName, names(columns), "key");
            return Optional.of(new Constraint(name(givenName, defaultName),
                    primary ? ConstraintType.PRIMARY_KEY : ConstraintType.UNIQUE, columns, null, null, null, List.of(),
                    include, nullsNotDistinct, false, deferrable, statement.at(element.get(0))));
        }
        if (cursor.accept("CHECK")) {
            String expression = ColumnReader.stripParentheses(cursor.skipGroup());
            String defaultName = onlyColumnIn(expression, tableColumns)
                    .map(column -> PostgresNames.objectName(tableName, column, "check"))
                    .orElse(PostgresNames.objectName(tableName, "", "check"));
            return Optional.of(new Constraint(name(givenName, defaultName), ConstraintType.CHECK, List.of(), expression,
                    null, null, List.of(), List.of(), false, notValid, false, statement.at(element.get(0))));
        }
        if (cursor.accept("FOREIGN", "KEY")) {
            List<Identifier> columns = identifiers(cursor.skipGroup());
            cursor.accept("REFERENCES");
            QualifiedName referenced = state.resolveRelation(cursor.name());
            List<Identifier> referencedColumns = !cursor.atEnd() && cursor.peek().isSymbol("(")
                    ? identifiers(cursor.skipGroup()) : List.of();
            ColumnReader.ReferentialActions actions = ColumnReader.ReferentialActions.read(element);
            return Optional.of(new Constraint(name(givenName, PostgresNames.objectName(tableName, names(columns), "fkey")),
                    ConstraintType.FOREIGN_KEY, columns, null,
                    new ForeignKey(referenced, referencedColumns, actions.onDelete(), actions.onUpdate()), null, List.of(),
                    List.of(), false, notValid, actions.deferrable(), statement.at(element.get(0))));
        }
        if (cursor.accept("EXCLUDE")) {
            String method = cursor.accept("USING") ? cursor.next().text().toLowerCase() : "btree";
            List<ExclusionElement> exclusions = exclusions(cursor.skipGroup());
            String predicate = cursor.skipTo("WHERE") ? whereClause(cursor) : null;
            List<Identifier> columns = exclusions.stream().map(ExclusionElement::expression)
                    .filter(e -> e.matches(COLUMN_NAME)).map(Identifier::fromSql).toList();
            String defaultName = PostgresNames.objectName(tableName, columns.isEmpty() ? List.of("expr") : names(columns),
                    "excl");
            return Optional.of(new Constraint(name(givenName, defaultName), ConstraintType.EXCLUDE, columns, predicate,
                    null, method, exclusions, List.of(), false, false, deferrable, statement.at(element.get(0))));
        }
        return Optional.empty();
    }

    private static String whereClause(TokenCursor cursor) {
        cursor.accept("WHERE");
        return ColumnReader.stripParentheses(cursor.skipGroup());
    }

    /** {@code expr WITH op, …}, split at top-level commas. */
    private static List<ExclusionElement> exclusions(String inner) {
        List<ExclusionElement> elements = new ArrayList<>();
        for (String part : splitTopLevel(inner)) {
            int with = part.toUpperCase().lastIndexOf(" WITH ");
            if (with > 0) {
                elements.add(new ExclusionElement(part.substring(0, with).strip(), part.substring(with + 6).strip()));
            }
        }
        return elements;
    }

    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        if (!text.isBlank()) {
            parts.add(text.substring(start).strip());
        }
        return parts;
    }

    static List<Identifier> identifiers(String commaSeparated) {
        List<Identifier> identifiers = new ArrayList<>();
        for (String part : splitTopLevel(commaSeparated)) {
            String name = Blanks.firstWord(part);
            if (!name.isEmpty()) {
                identifiers.add(Identifier.fromSql(name));
            }
        }
        return identifiers;
    }

    /** The column a CHECK expression reads, when it reads exactly one (then PostgreSQL names the constraint after it). */
    private static Optional<String> onlyColumnIn(String expression, List<Identifier> tableColumns) {
        Set<String> referenced = new LinkedHashSet<>();
        int wordStart = -1;
        for (int i = 0; i < expression.length(); i += Character.charCount(expression.codePointAt(i))) {
            if (!isWordPart(expression.codePointAt(i))) {
                addIfColumn(expression, wordStart, i, tableColumns, referenced);
                wordStart = -1;
            } else if (wordStart < 0) {
                wordStart = i;
            }
        }
        addIfColumn(expression, wordStart, expression.length(), tableColumns, referenced);
        return referenced.size() == 1 ? Optional.of(referenced.iterator().next()) : Optional.empty();
    }

    private static void addIfColumn(String expression, int wordStart, int wordEnd, List<Identifier> tableColumns,
                                    Set<String> referenced) {
        if (wordStart >= 0) {
            Identifier word = Identifier.fromSql(expression.substring(wordStart, wordEnd));
            if (tableColumns.contains(word)) {
                referenced.add(word.name());
            }
        }
    }

    /** The characters of {@code [\p{L}\p{N}_$"]}: the words of an expression are made of them. */
    private static boolean isWordPart(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER
                || codePoint == '_' || codePoint == '$' || codePoint == '"';
    }

    private static List<String> names(List<Identifier> columns) {
        return columns.stream().map(Identifier::name).toList();
    }

    private static Identifier name(String given, String generated) {
        return Identifier.of(given != null ? given : generated);
    }
}

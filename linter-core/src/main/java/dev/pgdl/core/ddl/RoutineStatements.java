package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Function;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Trigger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Applies CREATE FUNCTION / PROCEDURE, CREATE TRIGGER and CREATE EVENT TRIGGER, read from their
 * tokens.
 */
final class RoutineStatements {

    private final SchemaState state;

    RoutineStatements(SchemaState state) {
        this.state = state;
    }

    void createFunction(SqlStatement statement, TokenCursor cursor, boolean procedure) {
        SqlToken nameToken = cursor.peek();
        QualifiedName name = state.qualify(cursor.name());
        String arguments = !cursor.atEnd() && cursor.peek().isSymbol("(") ? cursor.skipGroup().strip() : "";
        String returns = null;
        String language = "sql";
        String body = null;
        boolean securityDefiner = false;
        String volatility = "volatile";
        Map<String, String> settings = new LinkedHashMap<>();
        while (!cursor.atEnd()) {
            if (cursor.accept("RETURNS")) {
                returns = cursor.textUntil("LANGUAGE", "AS", "IMMUTABLE", "STABLE", "VOLATILE", "SECURITY", "SET",
                        "STRICT", "CALLED", "RETURN", "BEGIN", "PARALLEL", "COST", "ROWS", "LEAKPROOF", "WINDOW",
                        "EXTERNAL", "NOT", "TRANSFORM", "SUPPORT");
            } else if (cursor.accept("LANGUAGE")) {
                language = Identifier.fromSql(cursor.next().text().replace("'", "")).name().toLowerCase(Locale.ROOT);
            } else if (cursor.accept("SECURITY", "DEFINER")) {
                securityDefiner = true;
            } else if (cursor.peekWords("IMMUTABLE") || cursor.peekWords("STABLE") || cursor.peekWords("VOLATILE")) {
                volatility = cursor.next().text().toLowerCase(Locale.ROOT);
            } else if (cursor.accept("SET")) {
                String parameter = cursor.next().text().toLowerCase(Locale.ROOT);
                cursor.acceptAny("TO", "=");
                cursor.acceptSymbol("=");
                settings.put(parameter, cursor.textUntil("LANGUAGE", "AS", "IMMUTABLE", "STABLE", "VOLATILE",
                        "SECURITY", "SET", "STRICT", "RETURN", "BEGIN", "PARALLEL", "COST", "CALLED"));
            } else if (cursor.accept("AS")) {
                SqlToken definition = cursor.next();
                body = definition.kind() == SqlToken.Kind.DOLLAR_STRING ? dollarBody(definition.text())
                        : ObjectStatements.unquote(definition.text());
            } else if (cursor.peekWords("BEGIN", "ATOMIC") || cursor.peekWords("RETURN")) {
                body = cursor.textUntil();
            } else {
                cursor.next();
            }
        }
        Function function = new Function(name, arguments, returns, language, body, procedure, securityDefiner, settings,
                volatility, statement.at(nameToken));
        state.functions.put(name.identity() + "(" + Blanks.collapse(arguments) + ")", function);
    }

    void createTrigger(SqlStatement statement, TokenCursor cursor) {
        SqlToken nameToken = cursor.peek();
        Identifier name = Identifier.fromSql(cursor.next().text());
        String timing = cursor.accept("INSTEAD", "OF") ? "INSTEAD OF" : cursor.next().upper();
        List<String> events = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.peekWords("ON")) {
            SqlToken token = cursor.next();
            if (token.isWord("INSERT") || token.isWord("UPDATE") || token.isWord("DELETE") || token.isWord("TRUNCATE")) {
                events.add(token.upper());
            }
        }
        cursor.accept("ON");
        QualifiedName table = state.resolveRelation(cursor.name());
        QualifiedName function = cursor.skipTo("EXECUTE") && cursor.accept("EXECUTE")
                && cursor.acceptAny("FUNCTION", "PROCEDURE") != null ? state.qualify(cursor.name()) : null;
        state.triggers.put(table.identity() + "." + name.name(),
                new Trigger(name, table, false, timing, events, function, statement.at(nameToken)));
    }

    void createEventTrigger(SqlStatement statement, TokenCursor cursor) {
        SqlToken nameToken = cursor.peek();
        Identifier name = Identifier.fromSql(cursor.next().text());
        cursor.accept("ON");
        String event = cursor.atEnd() ? "" : cursor.next().text().toLowerCase(Locale.ROOT);
        QualifiedName function = cursor.skipTo("EXECUTE") && cursor.accept("EXECUTE")
                && cursor.acceptAny("FUNCTION", "PROCEDURE") != null ? state.qualify(cursor.name()) : null;
        state.triggers.put(name.name(), new Trigger(name, null, true, event, List.of(), function,
                statement.at(nameToken)));
    }

    private static String dollarBody(String quoted) {
        int tagEnd = quoted.indexOf('$', 1) + 1;
        return quoted.length() >= 2 * tagEnd ? quoted.substring(tagEnd, quoted.length() - tagEnd) : quoted;
    }
}

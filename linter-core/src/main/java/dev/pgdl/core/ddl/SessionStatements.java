package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows the search path, which decides the schema of unqualified names: {@code SET search_path
 * TO a, b} and pg_dump's {@code SELECT pg_catalog.set_config('search_path', '', false)}.
 */
final class SessionStatements {

    private static final Pattern SET_CONFIG = Pattern.compile(
            "set_config\\s*\\(\\s*'search_path'\\s*,\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);

    private final SchemaState state;

    SessionStatements(SchemaState state) {
        this.state = state;
    }

    void set(TokenCursor cursor) {
        cursor.acceptAny("SESSION", "LOCAL");
        if (!cursor.accept("SEARCH_PATH")) {
            return;
        }
        cursor.accept("TO");
        cursor.acceptSymbol("=");
        List<String> schemas = new ArrayList<>();
        while (!cursor.atEnd()) {
            SqlToken token = cursor.next();
            if (token.isIdentifier()) {
                schemas.add(Identifier.fromSql(token.text()).name());
            } else if (token.kind() == SqlToken.Kind.STRING) {
                schemas.addAll(split(ObjectStatements.unquote(token.text())));
            }
        }
        state.setSearchPath(schemas);
    }

    void select(SqlStatement statement) {
        Matcher setConfig = SET_CONFIG.matcher(statement.text());
        if (setConfig.find()) {
            state.setSearchPath(split(setConfig.group(1)));
        }
    }

    private static List<String> split(String searchPath) {
        List<String> schemas = new ArrayList<>();
        for (String schema : searchPath.split(",")) {
            if (!schema.isBlank()) {
                schemas.add(Identifier.fromSql(schema.strip()).name());
            }
        }
        return schemas;
    }
}

package dev.pgdl.core.ddl;

import java.util.Locale;
import java.util.Set;

/**
 * What a statement is, from its leading words: enough to route it to its reader, to name it in a
 * problem, and to know the session and data statements that are understood and ignored.
 *
 * @param name   the statement kind as people say it: {@code CREATE TABLE}, {@code ALTER INDEX}
 * @param route  which reader applies it
 * @param objectAt the index of the token where the object name starts, or -1
 */
record StatementKind(String name, Route route, int objectAt) {

    enum Route {
        CREATE_TABLE, ALTER_TABLE, CREATE_INDEX, CREATE_VIEW, CREATE_SEQUENCE, ALTER_SEQUENCE, ALTER_INDEX,
        CREATE_TYPE, ALTER_TYPE, CREATE_DOMAIN, CREATE_EXTENSION, CREATE_SCHEMA, CREATE_FUNCTION, CREATE_PROCEDURE,
        CREATE_TRIGGER, CREATE_EVENT_TRIGGER, CREATE_ROLE, CREATE_USER, ALTER_ROLE, CREATE_POLICY, GRANT, REVOKE,
        DROP, COMMENT, SET, SELECT, IGNORED, UNKNOWN
    }

    private static final Set<String> IGNORED_VERBS = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT",
            "SAVEPOINT", "RELEASE", "PREPARE", "INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "WITH", "VALUES",
            "TABLE", "TRUNCATE", "CALL", "DO", "ANALYZE", "ANALYSE", "VACUUM", "REINDEX", "CLUSTER", "LOCK", "REFRESH",
            "NOTIFY", "LISTEN", "UNLISTEN", "DISCARD", "CHECKPOINT", "LOAD", "EXPLAIN", "EXECUTE", "DEALLOCATE",
            "SECURITY", "IMPORT", "REASSIGN", "FETCH", "MOVE", "CLOSE", "DECLARE", "SHOW", "RESET");

    /** Object kinds PostgreSQL has that the model does not hold: their statements are understood and ignored. */
    private static final Set<String> OTHER_OBJECT_KINDS = Set.of("AGGREGATE", "CAST", "COLLATION", "CONVERSION",
            "DATABASE", "FOREIGN TABLE", "FOREIGN DATA", "LANGUAGE", "OPERATOR", "OPERATOR CLASS", "OPERATOR FAMILY",
            "PUBLICATION", "RULE", "SERVER", "STATISTICS", "SUBSCRIPTION", "TABLESPACE", "TEXT SEARCH", "TRANSFORM",
            "ACCESS METHOD", "USER MAPPING", "DEFAULT", "FUNCTION", "PROCEDURE", "ROUTINE", "SCHEMA", "VIEW",
            "MATERIALIZED VIEW", "DOMAIN", "EXTENSION", "POLICY", "TRIGGER", "EVENT TRIGGER", "SYSTEM", "LARGE OBJECT",
            "OWNED", "COLUMN", "CONSTRAINT", "INDEX", "SEQUENCE", "TABLE", "TYPE", "ROLE", "USER", "GROUP");

    static StatementKind of(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        String verb = cursor.next().upper();
        return switch (verb) {
            case "CREATE" -> create(cursor);
            case "ALTER" -> alter(cursor);
            case "DROP" -> objectStatement("DROP", cursor, Route.DROP);
            case "COMMENT" -> {
                cursor.accept("ON");
                yield objectStatement("COMMENT ON", cursor, Route.COMMENT);
            }
            case "GRANT" -> new StatementKind("GRANT", Route.GRANT, cursor.position());
            case "REVOKE" -> new StatementKind("REVOKE", Route.REVOKE, cursor.position());
            case "SET" -> new StatementKind("SET", Route.SET, cursor.position());
            case "SELECT" -> new StatementKind("SELECT", Route.SELECT, cursor.position());
            default -> IGNORED_VERBS.contains(verb) ? new StatementKind(verb, Route.IGNORED, -1)
                    : new StatementKind(verb, Route.UNKNOWN, -1);
        };
    }

    private static StatementKind create(TokenCursor cursor) {
        cursor.accept("OR", "REPLACE");
        cursor.acceptAny("GLOBAL", "LOCAL");
        String modifier = null;
        for (String word = modifier(cursor); word != null; word = modifier(cursor)) {
            modifier = modifier == null ? word : modifier;
        }
        String kind = DropAndCommentStatements.objectKind(cursor);
        String name = "CREATE " + (modifier == null || modifier.equals("UNIQUE") || modifier.equals("CONSTRAINT")
                || modifier.equals("RECURSIVE") ? "" : modifier + " ") + kind;
        Route route = switch (kind) {
            case "TABLE" -> Route.CREATE_TABLE;
            case "INDEX" -> Route.CREATE_INDEX;
            case "VIEW", "MATERIALIZED VIEW" -> Route.CREATE_VIEW;
            case "SEQUENCE" -> Route.CREATE_SEQUENCE;
            case "TYPE" -> Route.CREATE_TYPE;
            case "DOMAIN" -> Route.CREATE_DOMAIN;
            case "EXTENSION" -> Route.CREATE_EXTENSION;
            case "SCHEMA" -> Route.CREATE_SCHEMA;
            case "FUNCTION" -> Route.CREATE_FUNCTION;
            case "PROCEDURE" -> Route.CREATE_PROCEDURE;
            case "TRIGGER" -> Route.CREATE_TRIGGER;
            case "EVENT TRIGGER" -> Route.CREATE_EVENT_TRIGGER;
            case "ROLE", "GROUP" -> Route.CREATE_ROLE;
            case "USER" -> Route.CREATE_USER;
            case "POLICY" -> Route.CREATE_POLICY;
            default -> otherKind(kind);
        };
        if (kind.equals("USER") && cursor.peekWords("MAPPING")) {
            route = Route.IGNORED;
        }
        cursor.accept("CONCURRENTLY");
        cursor.accept("IF", "NOT", "EXISTS");
        return new StatementKind(name.toUpperCase(Locale.ROOT), route, cursor.position());
    }

    private static String modifier(TokenCursor cursor) {
        return cursor.acceptAny("TEMPORARY", "TEMP", "UNLOGGED", "UNIQUE", "CONSTRAINT", "TRUSTED", "PROCEDURAL",
                "DEFAULT", "RECURSIVE");
    }

    private static StatementKind alter(TokenCursor cursor) {
        String kind = DropAndCommentStatements.objectKind(cursor);
        Route route = switch (kind) {
            case "TABLE" -> Route.ALTER_TABLE;
            case "INDEX" -> Route.ALTER_INDEX;
            case "SEQUENCE" -> Route.ALTER_SEQUENCE;
            case "TYPE" -> Route.ALTER_TYPE;
            case "ROLE", "USER", "GROUP" -> Route.ALTER_ROLE;
            default -> otherKind(kind);
        };
        cursor.accept("IF", "EXISTS");
        cursor.accept("ONLY");
        return new StatementKind("ALTER " + kind, route, cursor.position());
    }

    private static StatementKind objectStatement(String verb, TokenCursor cursor, Route route) {
        int kindAt = cursor.position();
        String kind = DropAndCommentStatements.objectKind(cursor);
        cursor.accept("CONCURRENTLY");
        cursor.accept("IF", "EXISTS");
        return new StatementKind(verb + " " + kind, otherKind(kind) == Route.UNKNOWN ? Route.UNKNOWN : route, kindAt);
    }

    private static Route otherKind(String kind) {
        return OTHER_OBJECT_KINDS.contains(kind) ? Route.IGNORED : Route.UNKNOWN;
    }
}

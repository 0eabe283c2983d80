package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Grant;
import dev.pgdl.core.model.GrantTarget;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Policy;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.RoleMembership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Applies roles, role membership, object privileges and row level security policies, from tokens. */
final class SecurityStatements {

    private final SchemaState state;

    SecurityStatements(SchemaState state) {
        this.state = state;
    }

    /** {@code CREATE ROLE | USER | GROUP name [WITH] option …}; the cursor is at the name. */
    void createRole(SqlStatement statement, TokenCursor cursor, boolean user) {
        SqlToken nameToken = cursor.peek();
        String name = Identifier.fromSql(cursor.next().text()).name();
        Role role = new Role(name, user, false, false, false, statement.at(nameToken));
        state.roles.put(name, applyOptions(statement, cursor, role));
    }

    /** {@code ALTER ROLE | USER name [WITH] option … | RENAME TO n}; the cursor is at the name. */
    void alterRole(SqlStatement statement, TokenCursor cursor) {
        String name = Identifier.fromSql(cursor.next().text()).name();
        Role role = state.roles.get(name);
        if (role != null && !cursor.peekWords("RENAME") && !cursor.peekWords("SET") && !cursor.peekWords("RESET")) {
            state.roles.put(name, applyOptions(statement, cursor, role));
        }
    }

    private Role applyOptions(SqlStatement statement, TokenCursor cursor, Role role) {
        boolean login = role.login();
        boolean superuser = role.superuser();
        boolean createRole = role.createRole();
        boolean bypassRls = role.bypassRls();
        cursor.accept("WITH");
        while (!cursor.atEnd()) {
            SqlToken token = cursor.next();
            switch (token.upper()) {
                case "LOGIN" -> login = true;
                case "NOLOGIN" -> login = false;
                case "SUPERUSER" -> superuser = true;
                case "NOSUPERUSER" -> superuser = false;
                case "CREATEROLE" -> createRole = true;
                case "NOCREATEROLE" -> createRole = false;
                case "BYPASSRLS" -> bypassRls = true;
                case "NOBYPASSRLS" -> bypassRls = false;
                case "IN" -> {
                    cursor.acceptAny("ROLE", "GROUP");
                    for (String group : roleNames(cursor)) {
                        state.memberships.add(new RoleMembership(group, role.name(), statement.at(token)));
                    }
                }
                case "ROLE", "USER", "ADMIN" -> {
                    for (String member : roleNames(cursor)) {
                        state.memberships.add(new RoleMembership(role.name(), member, statement.at(token)));
                    }
                }
                default -> {
                    // PASSWORD, VALID UNTIL, CONNECTION LIMIT, CREATEDB …: not part of the model
                }
            }
        }
        return role.withAttributes(login, superuser, createRole, bypassRls);
    }

    /** GRANT and REVOKE, of privileges on objects or of role membership; the cursor is after the verb. */
    void grant(SqlStatement statement, TokenCursor cursor, boolean revoke) {
        SqlToken start = statement.tokens().get(0);
        if (revoke) {
            cursor.accept("GRANT", "OPTION", "FOR");
            cursor.accept("ADMIN", "OPTION", "FOR");
        }
        List<String> privileges = new ArrayList<>();
        List<Identifier> columns = new ArrayList<>();
        while (!cursor.atEnd() && !cursor.peekWords("ON") && !cursor.peekWords("TO") && !cursor.peekWords("FROM")) {
            SqlToken token = cursor.next();
            if (token.isSymbol("(")) {
                columns.addAll(TableConstraintReader.identifiers(cursor.textUntil(")")));
            } else if (token.isIdentifier() && !token.isWord("PRIVILEGES")) {
                privileges.add(token.kind() == SqlToken.Kind.WORD ? token.upper() : Identifier.fromSql(token.text()).name());
            }
        }
        if (cursor.accept("ON")) {
            GrantTarget target = target(cursor);
            List<String> objects = cursor.names().stream().map(parts -> objectName(target, parts)).toList();
            cursor.acceptAny("TO", "FROM");
            List<String> grantees = roleNames(cursor);
            boolean withGrantOption = cursor.accept("WITH", "GRANT", "OPTION");
            for (String object : objects) {
                for (String grantee : grantees) {
                    if (revoke) {
                        state.grants.removeIf(g -> g.object().equals(object) && g.grantee().equals(grantee));
                    } else {
                        state.grants.add(new Grant(privileges, target, object, columns, grantee, withGrantOption,
                                statement.at(start)));
                    }
                }
            }
            return;
        }
        cursor.acceptAny("TO", "FROM");
        List<String> roles = privileges.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        for (String member : roleNames(cursor)) {
            for (String role : roles) {
                if (revoke) {
                    state.memberships.removeIf(m -> m.role().equals(role) && m.member().equals(member));
                } else {
                    state.memberships.add(new RoleMembership(role, member, statement.at(start)));
                }
            }
        }
    }

    /** {@code CREATE POLICY name ON table …}; the cursor is at the name. */
    void createPolicy(SqlStatement statement, TokenCursor cursor) {
        SqlToken nameToken = cursor.peek();
        Identifier name = Identifier.fromSql(cursor.next().text());
        cursor.accept("ON");
        QualifiedName table = state.resolveRelation(cursor.name());
        boolean permissive = true;
        String command = "ALL";
        List<String> roles = new ArrayList<>(List.of("public"));
        String using = null;
        String withCheck = null;
        while (!cursor.atEnd()) {
            if (cursor.accept("AS")) {
                permissive = !cursor.next().isWord("RESTRICTIVE");
            } else if (cursor.accept("FOR")) {
                command = cursor.next().upper();
            } else if (cursor.accept("TO")) {
                roles = roleNames(cursor);
            } else if (cursor.accept("USING")) {
                using = ColumnReader.stripParentheses(cursor.skipGroup());
            } else if (cursor.accept("WITH", "CHECK")) {
                withCheck = ColumnReader.stripParentheses(cursor.skipGroup());
            } else {
                cursor.next();
            }
        }
        state.policies.put(table.identity() + "." + name.name(),
                new Policy(name, table, permissive, command, roles, using, withCheck, statement.at(nameToken)));
    }

    private static GrantTarget target(TokenCursor cursor) {
        if (cursor.accept("ALL", "TABLES", "IN", "SCHEMA")) {
            return GrantTarget.ALL_TABLES_IN_SCHEMA;
        }
        if (cursor.accept("ALL", "SEQUENCES", "IN", "SCHEMA")) {
            return GrantTarget.ALL_SEQUENCES_IN_SCHEMA;
        }
        if (cursor.accept("ALL", "FUNCTIONS", "IN", "SCHEMA") || cursor.accept("ALL", "PROCEDURES", "IN", "SCHEMA")
                || cursor.accept("ALL", "ROUTINES", "IN", "SCHEMA")) {
            return GrantTarget.ALL_FUNCTIONS_IN_SCHEMA;
        }
        String kind = cursor.acceptAny("TABLE", "SEQUENCE", "SCHEMA", "FUNCTION", "PROCEDURE", "ROUTINE", "DATABASE",
                "TYPE", "DOMAIN", "LANGUAGE", "TABLESPACE", "FOREIGN", "LARGE", "PARAMETER");
        if (kind == null) {
            return GrantTarget.TABLE;
        }
        return switch (kind) {
            case "TABLE" -> GrantTarget.TABLE;
            case "SEQUENCE" -> GrantTarget.SEQUENCE;
            case "SCHEMA" -> GrantTarget.SCHEMA;
            case "FUNCTION", "PROCEDURE", "ROUTINE" -> GrantTarget.FUNCTION;
            case "DATABASE" -> GrantTarget.DATABASE;
            case "TYPE", "DOMAIN" -> GrantTarget.TYPE;
            default -> {
                cursor.acceptAny("DATA", "SERVER", "OBJECT");
                cursor.acceptAny("WRAPPER");
                yield GrantTarget.OTHER;
            }
        };
    }

    private String objectName(GrantTarget target, List<Identifier> parts) {
        return switch (target) {
            case TABLE, SEQUENCE -> state.resolveRelation(parts).identity();
            case FUNCTION, TYPE -> state.qualify(parts).identity();
            default -> parts.get(parts.size() - 1).name();
        };
    }

    private static List<String> roleNames(TokenCursor cursor) {
        List<String> names = new ArrayList<>();
        do {
            if (cursor.atEnd() || !cursor.peek().isIdentifier() || cursor.peekWords("WITH")
                    || cursor.peekWords("GRANTED")) {
                break;
            }
            cursor.accept("GROUP");
            names.add(Identifier.fromSql(cursor.next().text()).name());
        } while (cursor.acceptSymbol(","));
        return names;
    }
}

package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Grant;
import dev.pgdl.core.model.GrantTarget;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Policy;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.RoleMembership;
import dev.pgdl.core.model.SourceLocation;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Roles, memberships, object privileges and row level security policies: one query each. An
 * owner's own privileges and PostgreSQL's predefined {@code pg_*} roles are not part of the design.
 */
final class SecurityCatalog {

    private static final String ROLES = """
            SELECT r.rolname, r.rolcanlogin, r.rolsuper, r.rolcreaterole, r.rolbypassrls
              FROM pg_roles r WHERE r.rolname !~ '^pg_' ORDER BY r.rolname
            """;

    private static final String MEMBERSHIPS = """
            SELECT g.rolname AS role, m.rolname AS member
              FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
             WHERE g.rolname !~ '^pg_' ORDER BY g.rolname, m.rolname
            """;

    /** Privileges on relations and schemas, one row per grantee and object, the owner's own left out. */
    private static final String GRANTS = """
            SELECT kind, object, grantee, array_agg(privilege_type ORDER BY privilege_type) AS privileges,
                   bool_or(is_grantable) AS grantable
              FROM (SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
                           n.nspname || '.' || c.relname AS object, a.grantee, a.privilege_type, a.is_grantable
                      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, aclexplode(c.relacl) a
                     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND a.grantee <> c.relowner AND %s
                    UNION ALL
                    SELECT 'SCHEMA', n.nspname, a.grantee, a.privilege_type, a.is_grantable
                      FROM pg_namespace n, aclexplode(n.nspacl) a
                     WHERE a.grantee <> n.nspowner AND %s) g
             GROUP BY kind, object, grantee ORDER BY kind, object, grantee
            """.formatted(CatalogQueries.USER_SCHEMA, CatalogQueries.USER_SCHEMA);

    private static final String POLICIES = """
            SELECT n.nspname, c.relname, p.polname, p.polpermissive, p.polcmd,
                   ARRAY(SELECT CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r) END FROM unnest(p.polroles) r)
                       AS roles,
                   pg_get_expr(p.polqual, p.polrelid) AS using_expression,
                   pg_get_expr(p.polwithcheck, p.polrelid) AS check_expression
              FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE %s ORDER BY n.nspname, c.relname, p.polname
            """.formatted(CatalogQueries.USER_SCHEMA);

    private static final Map<String, String> COMMANDS = Map.of("r", "SELECT", "a", "INSERT", "w", "UPDATE", "d",
            "DELETE", "*", "ALL");

    private SecurityCatalog() {
    }

    static List<Role> roles(CatalogQueries queries) throws SQLException {
        return queries.list(ROLES, row -> new Role(row.getString("rolname"), row.getBoolean("rolcanlogin"),
                row.getBoolean("rolsuper"), row.getBoolean("rolcreaterole"), row.getBoolean("rolbypassrls"),
                SourceLocation.NONE));
    }

    static List<RoleMembership> memberships(CatalogQueries queries) throws SQLException {
        return queries.list(MEMBERSHIPS, row -> new RoleMembership(row.getString("role"), row.getString("member"),
                SourceLocation.NONE));
    }

    static List<Grant> grants(CatalogQueries queries, Map<Long, String> roleNames) throws SQLException {
        return queries.list(GRANTS, row -> {
            long grantee = row.getLong("grantee");
            return new Grant(CatalogQueries.strings(row, "privileges"), GrantTarget.valueOf(row.getString("kind")),
                    row.getString("object"), List.of(), grantee == 0 ? "public" : roleNames.get(grantee),
                    row.getBoolean("grantable"), SourceLocation.NONE);
        });
    }

    /** Role names by oid, for the grantees of {@code aclexplode}. */
    static Map<Long, String> roleNames(CatalogQueries queries) throws SQLException {
        Map<Long, String> names = new LinkedHashMap<>();
        queries.list("SELECT oid, rolname FROM pg_roles", row -> names.put(row.getLong("oid"), row.getString("rolname")));
        return names;
    }

    static List<Policy> policies(CatalogQueries queries) throws SQLException {
        return queries.list(POLICIES, row -> new Policy(Identifier.of(row.getString("polname")),
                QualifiedName.of(row.getString("nspname"), row.getString("relname")), row.getBoolean("polpermissive"),
                COMMANDS.getOrDefault(row.getString("polcmd"), "ALL"), new ArrayList<>(CatalogQueries.strings(row, "roles")),
                row.getString("using_expression"), row.getString("check_expression"), SourceLocation.NONE));
    }
}

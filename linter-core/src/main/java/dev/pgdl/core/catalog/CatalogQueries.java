package dev.pgdl.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the catalog queries of one read and counts them (the count must not grow with the schema). */
final class CatalogQueries {

    /** Schemas that hold the design: not PostgreSQL's own, not temporary, not toast. */
    static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

    /**
     * pg_namespace as the queries read it: the session's own temporary schema (where the statements
     * of a deep check put {@code CREATE TEMPORARY TABLE}) is named {@code pg_temp}, as DDL names it,
     * instead of {@code pg_temp_3}; other sessions' temporary schemas stay out of {@link #USER_SCHEMA}.
     */
    private static final Pattern NAMESPACE_TABLE = Pattern.compile("\\bpg_namespace(?= [a-z])");
    private static final String NAMESPACES = "(SELECT oid, CASE WHEN oid = pg_my_temp_schema() THEN 'pg_temp'::name"
            + " ELSE nspname END AS nspname, nspowner, nspacl FROM pg_namespace)";

    /** pg_index.indnullsnotdistinct came with PostgreSQL 15: before it, every unique index treats nulls as distinct. */
    private static final Pattern NULLS_NOT_DISTINCT = Pattern.compile("\\b\\w+\\.indnullsnotdistinct\\b");
    private static final int NULLS_NOT_DISTINCT_SINCE = 15;

    /** Objects an extension created belong to the extension, not to the design. */
    static String notFromExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend ex WHERE ex.classid = '" + catalog + "'::regclass AND ex.objid = "
                + oid + " AND ex.deptype = 'e')";
    }

    /**
     * The comment of a relation ({@code column} 0) or of one of its columns, joined as {@code alias}:
     * a join, where obj_description and col_description would run a query for each row.
     */
    static String commentJoin(String alias, String relation, String column) {
        return "LEFT JOIN pg_description " + alias + " ON " + alias + ".objoid = " + relation + " AND " + alias
                + ".classoid = 'pg_class'::regclass AND " + alias + ".objsubid = " + column;
    }

    /** One row of a query, read while its result set is open. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final boolean nullsNotDistinctKnown;
    private int count;

    CatalogQueries(Connection connection) throws SQLException {
        this.connection = connection;
        this.nullsNotDistinctKnown = connection.getMetaData().getDatabaseMajorVersion() >= NULLS_NOT_DISTINCT_SINCE;
    }

    <T> List<T> list(String sql, RowReader<T> reader) throws SQLException {
        count++;
        List<T> rows = new ArrayList<>();
        String namespaced = NAMESPACE_TABLE.matcher(sql).replaceAll(Matcher.quoteReplacement(NAMESPACES));
        if (!nullsNotDistinctKnown) {
            namespaced = NULLS_NOT_DISTINCT.matcher(namespaced).replaceAll("false");
        }
        try (PreparedStatement statement = connection.prepareStatement(namespaced); ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                rows.add(reader.read(row));
            }
        }
        return rows;
    }

    int count() {
        return count;
    }

    static List<String> strings(ResultSet row, String column) throws SQLException {
        java.sql.Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}

package dev.pgdl.core.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the catalog queries of one read and counts them (the count must not grow with the schema). */
final class CatalogQueries {

    /** Schemas that hold the design: not PostgreSQL's own, not temporary, not toast. */
    static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

    /** Objects an extension created belong to the extension, not to the design. */
    static String notFromExtension(String catalog, String oid) {
        return "NOT EXISTS (SELECT 1 FROM pg_depend ex WHERE ex.classid = '" + catalog + "'::regclass AND ex.objid = "
                + oid + " AND ex.deptype = 'e')";
    }

    /** One row of a query, read while its result set is open. */
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private int count;

    CatalogQueries(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, RowReader<T> reader) throws SQLException {
        count++;
        List<T> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet row = statement.executeQuery()) {
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

package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Reads the schema model from a live database's {@code pg_catalog}, in a constant number of
 * queries whatever the number of tables, inside a read-only transaction that it rolls back: the
 * database is only read. System schemas and objects that extensions own are left out.
 */
public final class CatalogReader {

    private static final String STATEMENT_TIMEOUT = "60s";
    private static final String LOCK_TIMEOUT = "5s";

    /** Connects, reads and disconnects; the connection is opened read-only and named {@code pgdl}. */
    public CatalogReadResult read(ConnectionSettings settings) throws CatalogException {
        Properties properties = new Properties();
        settings.user().ifPresent(user -> properties.setProperty("user", user));
        settings.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("ApplicationName", "pgdl");
        properties.setProperty("readOnly", "true");
        properties.setProperty("connectTimeout", "10");
        try (Connection connection = DriverManager.getConnection(settings.url(), properties)) {
            return read(connection);
        } catch (SQLException e) {
            throw new CatalogException(String.valueOf(e.getMessage()).lines().findFirst()
                    .orElse(e.getClass().getSimpleName()), e);
        }
    }

    public CatalogReadResult read(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement session = connection.createStatement()) {
            session.execute("SET TRANSACTION READ ONLY");
            session.execute("SET LOCAL statement_timeout = '" + STATEMENT_TIMEOUT + "'");
            session.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            session.execute("SET LOCAL application_name = 'pgdl'");
            CatalogQueries queries = new CatalogQueries(connection);
            Schema schema = new Schema(ObjectCatalog.namespaces(queries), TableCatalog.read(queries),
                    ObjectCatalog.indexes(queries), ObjectCatalog.views(queries), ObjectCatalog.sequences(queries),
                    ObjectCatalog.enums(queries), ObjectCatalog.domains(queries), ObjectCatalog.functions(queries),
                    ObjectCatalog.triggers(queries), ObjectCatalog.extensions(queries), SecurityCatalog.roles(queries),
                    SecurityCatalog.memberships(queries),
                    SecurityCatalog.grants(queries, SecurityCatalog.roleNames(queries)), SecurityCatalog.policies(queries));
            return new CatalogReadResult(schema, StateCatalog.read(queries), queries.count());
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }
}

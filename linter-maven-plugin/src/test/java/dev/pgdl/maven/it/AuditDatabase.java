package dev.pgdl.maven.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The database of the {@code audit} sample (started by its {@code setup.groovy}): an embedded
 * PostgreSQL that, unlike the catalog tests' server, checks passwords, so the sample proves the
 * password from {@code settings.xml} reaches the connection. Its URLs go to the sample's
 * {@code test.properties}.
 */
public final class AuditDatabase {

    private static final String HBA = """
            local all postgres trust
            host all postgres 127.0.0.1/32 trust
            host all postgres ::1/128 trust
            host all all 127.0.0.1/32 scram-sha-256
            host all all ::1/128 scram-sha-256
            """;

    private AuditDatabase() {
    }

    /** The server with the sample's {@code schema.sql} applied to database {@code postgres}, its URL as {@code pgdl.url}. */
    public static EmbeddedPostgres start(File basedir) throws IOException, SQLException {
        EmbeddedPostgres postgres = server(basedir);
        String url = apply(postgres, basedir, "postgres", "schema.sql");
        writeTestProperties(basedir, "pgdl.url=" + url);
        return postgres;
    }

    /**
     * The server with one database per name, each made from the sample's {@code <name>.sql}; their URLs,
     * comma-separated, as {@code pgdl.urls}.
     */
    public static EmbeddedPostgres startEach(File basedir, List<String> databases) throws IOException, SQLException {
        EmbeddedPostgres postgres = server(basedir);
        List<String> urls = new ArrayList<>();
        for (String database : databases) {
            try (Connection admin = DriverManager.getConnection(url(postgres, "postgres"), "postgres", "");
                 Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + database);
            }
            urls.add(apply(postgres, basedir, database, database + ".sql"));
        }
        writeTestProperties(basedir, "pgdl.urls=" + String.join(",", urls));
        return postgres;
    }

    private static EmbeddedPostgres server(File basedir) throws IOException, SQLException {
        Path hba = Files.writeString(basedir.toPath().resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("hba_file", hba.toString())
                .start();
        try (Connection admin = DriverManager.getConnection(url(postgres, "postgres"), "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE pgdl_auditor LOGIN PASSWORD 'it-secret'");
            // the audit reads shared_preload_libraries, which only superusers and this role's members may see
            sql.execute("GRANT pg_read_all_settings TO pgdl_auditor");
        }
        return postgres;
    }

    private static String apply(EmbeddedPostgres postgres, File basedir, String database, String script)
            throws IOException, SQLException {
        String url = url(postgres, database);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
             Statement sql = connection.createStatement()) {
            sql.execute(Files.readString(basedir.toPath().resolve(script), StandardCharsets.UTF_8));
        }
        return url;
    }

    private static String url(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    private static void writeTestProperties(File basedir, String line) throws IOException {
        Files.writeString(basedir.toPath().resolve("test.properties"), line + "\n", StandardCharsets.ISO_8859_1);
    }
}

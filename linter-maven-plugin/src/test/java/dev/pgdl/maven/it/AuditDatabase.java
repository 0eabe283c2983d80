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

/**
 * The database of the {@code audit} sample (started by its {@code setup.groovy}): an embedded
 * PostgreSQL that, unlike the catalog tests' server, checks passwords, so the sample proves the
 * password from {@code settings.xml} reaches the connection. Its URL goes to the sample's
 * {@code test.properties} as {@code pgdl.url}.
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

    public static EmbeddedPostgres start(File basedir) throws IOException, SQLException {
        Path hba = Files.writeString(basedir.toPath().resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("hba_file", hba.toString())
                .start();
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        try (Connection admin = DriverManager.getConnection(url, "postgres", "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE pgdl_auditor LOGIN PASSWORD 'it-secret'");
            // the audit reads shared_preload_libraries, which only superusers and this role's members may see
            sql.execute("GRANT pg_read_all_settings TO pgdl_auditor");
            sql.execute(Files.readString(basedir.toPath().resolve("schema.sql"), StandardCharsets.UTF_8));
        }
        Files.writeString(basedir.toPath().resolve("test.properties"), "pgdl.url=" + url + "\n",
                StandardCharsets.ISO_8859_1);
        return postgres;
    }
}

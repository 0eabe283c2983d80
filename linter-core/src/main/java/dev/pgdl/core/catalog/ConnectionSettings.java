package dev.pgdl.core.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** Where a database is and who connects; the password is never printed. */
public record ConnectionSettings(String url, Optional<String> user, Optional<String> password) {

    /** A new connection, opened read-only and named {@code pgdl}. */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(name -> properties.setProperty("user", name));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "pgdl");
        properties.setProperty("readOnly", "true");
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(url, properties);
    }

    /** The URL without its query, which may hold a password. */
    public String displayUrl() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return displayUrl() + user.map(u -> " as " + u).orElse("");
    }
}

package dev.pgdl.core.api;

import dev.pgdl.core.catalog.ConnectionSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/**
 * The connection settings of an audit; the password is the request's, else from its file or PGPASSWORD, else the
 * driver's ~/.pgpass.
 */
final class Database {

    private Database() {
    }

    static ConnectionSettings settings(String url, AuditRequest request) throws IOException {
        return new ConnectionSettings(url, request.user(), password(request));
    }

    private static Optional<String> password(AuditRequest request) throws IOException {
        if (request.password().isPresent()) {
            return request.password();
        }
        if (request.passwordFile().isPresent()) {
            return Optional.of(Files.readString(request.options().workingDirectory().resolve(request.passwordFile().get()),
                    StandardCharsets.UTF_8).lines().findFirst().orElse(""));
        }
        return Optional.ofNullable(System.getenv("PGPASSWORD"));
    }
}

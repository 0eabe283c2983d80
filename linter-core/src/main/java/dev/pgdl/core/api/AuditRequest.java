package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Live databases to audit, in one run. The password is never part of a request: it comes from
 * {@code passwordFile}, else the environment variable {@code PGPASSWORD}, else the driver's
 * {@code ~/.pgpass}.
 *
 * @param urls {@code jdbc:postgresql://host:port/database} URLs, at least one
 */
public record AuditRequest(List<String> urls, Optional<String> user, Optional<Path> passwordFile,
                           ReportOptions options) {

    public AuditRequest {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("an audit needs at least one database URL");
        }
    }
}

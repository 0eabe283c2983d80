package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Live databases to audit, in one run. The password is never an argument a user types: it comes
 * from {@code password} (a front end's secret store, such as a Maven {@code settings.xml} server),
 * else {@code passwordFile}, else the environment variable {@code PGPASSWORD}, else the driver's
 * {@code ~/.pgpass}. It is never printed.
 *
 * @param urls {@code jdbc:postgresql://host:port/database} URLs, at least one
 */
public record AuditRequest(List<String> urls, Optional<String> user, Optional<String> password,
                           Optional<Path> passwordFile, ReportOptions options) {

    public AuditRequest {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("an audit needs at least one database URL");
        }
    }

    /** A request whose password comes from {@code passwordFile}, PGPASSWORD or {@code ~/.pgpass}. */
    public AuditRequest(List<String> urls, Optional<String> user, Optional<Path> passwordFile, ReportOptions options) {
        this(urls, user, Optional.empty(), passwordFile, options);
    }

    @Override
    public String toString() {
        return "AuditRequest[urls=" + urls + ", user=" + user.orElse("") + ", options=" + options + "]";
    }
}

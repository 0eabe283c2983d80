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
 * @param urls    {@code jdbc:postgresql://host:port/database} URLs, at least one
 * @param schemas the schemas to lint ({@code --schema}); empty for all but PostgreSQL's own
 */
public record AuditRequest(List<String> urls, Optional<String> user, Optional<String> password,
                           Optional<Path> passwordFile, ReportOptions options, List<String> schemas) {

    public AuditRequest {
        urls = List.copyOf(urls);
        schemas = List.copyOf(schemas);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("an audit needs at least one database URL");
        }
    }

    /** A request for every schema. */
    public AuditRequest(List<String> urls, Optional<String> user, Optional<String> password,
                        Optional<Path> passwordFile, ReportOptions options) {
        this(urls, user, password, passwordFile, options, List.of());
    }

    /** A request for every schema whose password comes from {@code passwordFile}, PGPASSWORD or {@code ~/.pgpass}. */
    public AuditRequest(List<String> urls, Optional<String> user, Optional<Path> passwordFile, ReportOptions options) {
        this(urls, user, Optional.empty(), passwordFile, options);
    }

    public AuditRequest withSchemas(List<String> selected) {
        return new AuditRequest(urls, user, password, passwordFile, options, selected);
    }

    @Override
    public String toString() {
        return "AuditRequest[urls=" + urls + ", user=" + user.orElse("") + ", options=" + options
                + ", schemas=" + schemas + "]";
    }
}

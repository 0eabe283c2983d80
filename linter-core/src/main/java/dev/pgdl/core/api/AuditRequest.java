package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A live database to audit. The password is never part of a request: it comes from
 * {@code passwordFile}, else the environment variable {@code PGPASSWORD}, else the driver's
 * {@code ~/.pgpass}.
 *
 * @param url a {@code jdbc:postgresql://host:port/database} URL
 */
public record AuditRequest(String url, Optional<String> user, Optional<Path> passwordFile, ReportOptions options) {
}

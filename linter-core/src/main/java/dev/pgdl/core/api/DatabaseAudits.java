package dev.pgdl.core.api;

import dev.pgdl.core.catalog.CatalogException;
import dev.pgdl.core.catalog.CatalogReadResult;
import dev.pgdl.core.catalog.CatalogReader;
import dev.pgdl.core.catalog.ConnectionSettings;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Schema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Audits the databases of a request, each on its own connection and thread: waiting on one
 * server does not delay the others, and one that cannot be read is an error line while the others
 * are still linted. Each finding names its database as {@code host:port/name}.
 */
final class DatabaseAudits {

    private static final int MAX_CONNECTIONS = 8;
    private static final String URL_PREFIX = "jdbc:postgresql://";

    record Outcome(List<Finding> findings, List<String> errors, List<Audited> databases) {
    }

    /** A database that was read: its name in findings, its URL without password, server version and schema. */
    record Audited(String name, String url, String serverVersion, Schema schema) {
    }

    private DatabaseAudits() {
    }

    static Outcome run(AuditRequest request, SchemaLinter linter) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.urls().size(), MAX_CONNECTIONS));
        try {
            List<Future<Outcome>> audits = request.urls().stream()
                    .map(url -> pool.submit(() -> audit(url, request, linter)))
                    .toList();
            List<Finding> findings = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            List<Audited> databases = new ArrayList<>();
            for (Future<Outcome> audit : audits) {
                Outcome outcome = await(audit);
                findings.addAll(outcome.findings());
                errors.addAll(outcome.errors());
                databases.addAll(outcome.databases());
            }
            return new Outcome(findings, errors, databases);
        } finally {
            pool.shutdown();
        }
    }

    private static Outcome audit(String url, AuditRequest request, SchemaLinter linter) {
        ConnectionSettings settings = new ConnectionSettings(url, request.user(), Optional.empty());
        try {
            settings = Database.settings(url, request);
            CatalogReadResult read = new CatalogReader().read(settings);
            Schema schema = SchemaSelection.restrict(read.schema(), request.schemas());
            String database = databaseName(settings);
            return new Outcome(linter.lint(schema, Optional.of(read.state())).stream()
                    .map(finding -> finding.inDatabase(database)).toList(), List.of(),
                    List.of(new Audited(database, settings.displayUrl(), read.serverVersion(), schema)));
        } catch (CatalogException | IOException e) {
            return new Outcome(List.of(), List.of(settings.displayUrl() + ": error: " + e.getMessage()), List.of());
        }
    }

    private static String databaseName(ConnectionSettings settings) {
        String url = settings.displayUrl();
        return url.startsWith(URL_PREFIX) ? url.substring(URL_PREFIX.length()) : url;
    }

    private static Outcome await(Future<Outcome> audit) {
        try {
            return audit.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an audit failed unexpectedly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        }
    }
}

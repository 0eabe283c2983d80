package dev.pgdl.core.report;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a run linted: SQL files (the paths as given, and how many files they held) or live
 * databases (each URL without password, and its server version).
 */
public record LintedSource(List<String> paths, int files, List<Database> databases) {

    /** An audited database: its URL without password and its PostgreSQL server version. */
    public record Database(String url, String serverVersion) {
    }

    public LintedSource {
        paths = List.copyOf(paths);
        databases = List.copyOf(databases);
    }

    public static LintedSource files(List<String> paths, int files) {
        return new LintedSource(paths, files, List.of());
    }

    public static LintedSource databases(List<Database> databases) {
        return new LintedSource(List.of(), 0, databases);
    }

    public boolean isAudit() {
        return !databases.isEmpty();
    }

    /** A short name for the title: the databases, or the paths. */
    public String name() {
        return isAudit() ? databases.stream().map(Database::url).collect(Collectors.joining(" "))
                : String.join(" ", paths);
    }
}

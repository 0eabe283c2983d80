package dev.pgdl.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What only a live database can tell beside its schema: validity and use of its indexes, how far
 * its sequences have run, its settings and statistics. DDL files have none of this.
 *
 * @param name                 the database name; findings on the database itself carry it as their object
 * @param bootstrapSuperuser   the role that ran initdb, exempt from {@code security/superuser-login}
 * @param preloadedLibraries   {@code shared_preload_libraries}; empty when the auditing role may not see it
 *                             (it needs {@code pg_read_all_settings})
 * @param statisticsCollected  whether {@code track_counts} is on, so that index scan counts mean something
 * @param statisticsResetAt    when the database's statistics were last reset, or null if never
 * @param today                the server's current date, against which partition runway and retention are measured
 */
public record DatabaseState(String name, String serverVersion, LocalDate today, String bootstrapSuperuser,
                            Optional<List<String>> preloadedLibraries, boolean statisticsCollected, String statisticsResetAt,
                            List<IndexUsage> indexUsage, List<SequenceUsage> sequenceUsage) implements ModelObject {

    public DatabaseState {
        preloadedLibraries = preloadedLibraries.map(List::copyOf);
        indexUsage = List.copyOf(indexUsage);
        sequenceUsage = List.copyOf(sequenceUsage);
    }

    @Override
    public SourceLocation location() {
        return SourceLocation.NONE;
    }

    /**
     * An index as the server sees it.
     *
     * @param valid false when a failed {@code CREATE INDEX CONCURRENTLY} left it behind
     * @param scans index scans since statistics were last reset
     */
    public record IndexUsage(QualifiedName index, boolean valid, long scans, long sizeBytes) {
    }

    /**
     * How far a sequence has run.
     *
     * @param readable  whether the auditing role may read it (SELECT or USAGE); if not, its value is unknown
     * @param lastValue the last value handed out, or null when it has never been called (or is unreadable)
     * @param maxValue  the sequence's own MAXVALUE
     */
    public record SequenceUsage(QualifiedName sequence, boolean readable, Long lastValue, long maxValue) {
    }
}

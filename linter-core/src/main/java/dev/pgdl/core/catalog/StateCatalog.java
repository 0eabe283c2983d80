package dev.pgdl.core.catalog;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.DatabaseState.IndexUsage;
import dev.pgdl.core.model.DatabaseState.SequenceUsage;
import dev.pgdl.core.model.QualifiedName;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The live state beside the schema: settings, index validity and use, sequence values. Three
 * queries whatever the size of the database; all of it is readable without superuser (a sequence
 * or setting the role may not read is marked so rather than guessed).
 */
final class StateCatalog {

    private static final String SETTINGS = """
            SELECT current_database() AS name, current_setting('server_version') AS server_version,
                   current_date AS today,
                   (SELECT rolname FROM pg_roles WHERE oid = 10) AS bootstrap_superuser,
                   (SELECT setting FROM pg_settings WHERE name = 'shared_preload_libraries') AS preload,
                   current_setting('track_counts')::boolean AS track_counts,
                   (SELECT to_char(stats_reset AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                      FROM pg_stat_database WHERE datname = current_database()) AS stats_reset
            """;

    private static final String INDEXES = """
            SELECT n.nspname, c.relname, i.indisvalid, coalesce(s.idx_scan, 0) AS scans,
                   pg_relation_size(i.indexrelid) AS size_bytes
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_stat_all_indexes s ON s.indexrelid = i.indexrelid
             WHERE %s
             ORDER BY n.nspname, c.relname
            """.formatted(CatalogQueries.USER_SCHEMA);

    // the privilege is asked by OID: a name would need USAGE on the schema, which an auditor may lack
    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, has_sequence_privilege(c.oid, 'SELECT,USAGE') AS readable,
                   CASE WHEN has_sequence_privilege(c.oid, 'SELECT,USAGE') THEN pg_sequence_last_value(c.oid) END
                       AS last_value,
                   s.seqmax AS max_value
              FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE %s
             ORDER BY n.nspname, c.relname
            """.formatted(CatalogQueries.USER_SCHEMA);

    private StateCatalog() {
    }

    static DatabaseState read(CatalogQueries queries) throws SQLException {
        List<IndexUsage> indexes = queries.list(INDEXES, row -> new IndexUsage(
                QualifiedName.of(row.getString("nspname"), row.getString("relname")), row.getBoolean("indisvalid"),
                row.getLong("scans"), row.getLong("size_bytes")));
        List<SequenceUsage> sequences = queries.list(SEQUENCES, row -> new SequenceUsage(
                QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                row.getBoolean("readable"), (Long) row.getObject("last_value"), row.getLong("max_value")));
        return queries.list(SETTINGS, row -> new DatabaseState(row.getString("name"), row.getString("server_version"),
                row.getObject("today", LocalDate.class), row.getString("bootstrap_superuser"),
                libraries(row.getString("preload")),
                row.getBoolean("track_counts"), row.getString("stats_reset"), indexes, sequences)).get(0);
    }

    /** pg_settings hides the setting, rather than failing, from a role without pg_read_all_settings. */
    private static Optional<List<String>> libraries(String setting) {
        return Optional.ofNullable(setting).map(value -> Arrays.stream(value.split(","))
                .map(String::strip).filter(name -> !name.isEmpty()).toList());
    }
}

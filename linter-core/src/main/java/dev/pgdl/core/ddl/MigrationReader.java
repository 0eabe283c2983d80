package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.model.Schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a migration set: the base (a schema, then base files), then each migration file in the
 * order given, keeping the schema before each file and the operations of each statement.
 */
public final class MigrationReader {

    /**
     * @param base       what exists before any file: {@link Schema#EMPTY} or a live database's catalog
     * @param baseFiles  schema dumps applied first, whose statements are not migration operations
     * @param migrations the migration files, in migration order
     */
    public MigrationReadResult read(Schema base, List<SqlFile> baseFiles, List<SqlFile> migrations) {
        Set<String> migrationPaths = migrations.stream().map(SqlFile::path).collect(Collectors.toSet());
        Recorder recorder = new Recorder(migrationPaths);
        List<SqlFile> all = new ArrayList<>(baseFiles);
        all.addAll(migrations);
        DdlReadResult read = new DdlReader().read(all, SchemaState.of(base), recorder);
        List<Migration> files = migrations.stream().map(SqlFile::path).filter(recorder.files::containsKey)
                .map(path -> recorder.files.get(path).migration(path)).toList();
        return new MigrationReadResult(read, files);
    }

    /** The schema before each migration file and its statements' operations, as the reader goes. */
    private static final class Recorder implements StatementObserver {
        private final Set<String> migrationPaths;
        private final Map<String, FileRecord> files = new LinkedHashMap<>();
        private FileRecord current;

        Recorder(Set<String> migrationPaths) {
            this.migrationPaths = migrationPaths;
        }

        @Override
        public void beforeApplying(SqlStatement statement, StatementKind kind, SchemaState state) {
            if (!migrationPaths.contains(statement.file())) {
                return;
            }
            if (current == null || !current.path.equals(statement.file())) {
                current = new FileRecord(statement.file(), state);
                files.put(statement.file(), current);
            }
            try {
                current.statements.addAll(current.reader.read(statement, kind));
                current.session.follow(statement, kind);
            } catch (RuntimeException unreadable) {
                // a statement whose words do not fit its kind: the DDL reader reports it as unsupported
            }
        }
    }

    private static final class FileRecord {
        private final String path;
        private final Schema before;
        private final MigrationSession session = new MigrationSession();
        private final MigrationStatements reader;
        private final List<MigrationStatement> statements = new ArrayList<>();

        FileRecord(String path, SchemaState state) {
            this.path = path;
            this.before = state.freeze();
            this.reader = new MigrationStatements(state, session);
        }

        Migration migration(String file) {
            return new Migration(file, before, statements);
        }
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Migration;

import java.util.List;

/** A migration set as read: the final state with the problems met, and every file's operations. */
public record MigrationReadResult(DdlReadResult read, List<Migration> migrations) {

    public MigrationReadResult {
        migrations = List.copyOf(migrations);
    }
}

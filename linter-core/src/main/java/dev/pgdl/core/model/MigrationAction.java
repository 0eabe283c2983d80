package dev.pgdl.core.model;

/**
 * What one migration statement (or one action of an ALTER TABLE) does, as far as migration safety
 * cares. The object it acts on is the statement's {@link MigrationStatement#target() target}.
 */
public sealed interface MigrationAction {

    /** CREATE TABLE; {@code partitionOf} is the parent of {@code CREATE TABLE … PARTITION OF}, else null. */
    record CreateTable(QualifiedName partitionOf) implements MigrationAction {
    }

    /** DROP TABLE of the target. */
    record DropTable() implements MigrationAction {
    }

    /** TRUNCATE of the target. */
    record Truncate() implements MigrationAction {
    }

    /**
     * CREATE INDEX on the target table.
     *
     * @param onlyParent         {@code ON ONLY}: an invalid index on a partitioned parent, no partition is indexed
     * @param partitionedTable   the table is partitioned
     */
    record CreateIndex(QualifiedName index, boolean concurrently, boolean onlyParent, boolean partitionedTable)
            implements MigrationAction {
    }

    /** DROP INDEX; the target is the index's table when the index is known. */
    record DropIndex(QualifiedName index, boolean concurrently) implements MigrationAction {
    }

    /** REINDEX. */
    record Reindex(boolean concurrently) implements MigrationAction {
    }

    /** ALTER TABLE … ADD COLUMN; {@code defaultExpression} is null without DEFAULT. */
    record AddColumn(Identifier column, DataType type, String defaultExpression) implements MigrationAction {
    }

    /** ALTER TABLE … DROP COLUMN. */
    record DropColumn(Identifier column) implements MigrationAction {
    }

    /** ALTER TABLE … ALTER COLUMN … TYPE; {@code from} is null when the column is not known. */
    record AlterColumnType(Identifier column, DataType from, DataType to) implements MigrationAction {
    }

    /** ALTER TABLE … ALTER COLUMN … SET NOT NULL. */
    record SetNotNull(Identifier column) implements MigrationAction {
    }

    /** ALTER TABLE … ADD [CONSTRAINT name] …; {@code expression} is the CHECK expression, else null. */
    record AddConstraint(Identifier name, ConstraintType type, String expression, boolean notValid)
            implements MigrationAction {
    }

    /** ALTER TABLE … VALIDATE CONSTRAINT. */
    record ValidateConstraint(Identifier name) implements MigrationAction {
    }

    /** ALTER TABLE … RENAME TO. */
    record RenameTable(Identifier to) implements MigrationAction {
    }

    /** ALTER TABLE … RENAME [COLUMN] … TO. */
    record RenameColumn(Identifier from, Identifier to) implements MigrationAction {
    }

    /** ALTER TABLE … ATTACH PARTITION. */
    record AttachPartition(QualifiedName partition) implements MigrationAction {
    }

    /** ALTER TABLE … DETACH PARTITION [CONCURRENTLY | FINALIZE]. */
    record DetachPartition(QualifiedName partition, boolean concurrently) implements MigrationAction {
    }

    /** VACUUM [FULL] of the target, or of every table when the target is null. */
    record Vacuum(boolean full) implements MigrationAction {
    }

    /** REFRESH MATERIALIZED VIEW. */
    record RefreshMaterializedView(boolean concurrently) implements MigrationAction {
    }

    /** Any other statement that matters to migration safety through its lock or its idempotence. */
    record Other() implements MigrationAction {
    }
}

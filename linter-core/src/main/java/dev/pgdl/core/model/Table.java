package dev.pgdl.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table: ordinary, partitioned ({@code partitioning} set), a partition ({@code partitionOf}
 * set), temporary or unlogged ({@code persistence}).
 *
 * @param partitioning      PARTITION BY, or null
 * @param partitionOf       PARTITION OF, or null
 * @param inherits          INHERITS parents (not partitions)
 * @param storageParameters WITH (…) options such as fillfactor, in declaration order
 * @param comment           COMMENT ON TABLE text, or null
 */
public record Table(QualifiedName name, Persistence persistence, Partitioning partitioning, PartitionOf partitionOf,
                    List<QualifiedName> inherits, List<Column> columns, List<Constraint> constraints,
                    Map<String, String> storageParameters, OnCommit onCommit, boolean rowLevelSecurity,
                    boolean forceRowLevelSecurity, String comment, SourceLocation location) implements ModelObject {

    public Table {
        inherits = List.copyOf(inherits);
        columns = List.copyOf(columns);
        constraints = List.copyOf(constraints);
        storageParameters = Collections.unmodifiableMap(new LinkedHashMap<>(storageParameters));
    }

    public boolean isPartitioned() {
        return partitioning != null;
    }

    public boolean isPartition() {
        return partitionOf != null;
    }

    public boolean isTemporary() {
        return persistence == Persistence.TEMPORARY;
    }

    public Optional<Column> column(String storedName) {
        for (Column column : columns) {
            if (column.name().is(storedName)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    public Optional<Constraint> primaryKey() {
        return constraints.stream().filter(c -> c.is(ConstraintType.PRIMARY_KEY)).findFirst();
    }

    public Table withName(QualifiedName newName) {
        return new Table(newName, persistence, partitioning, partitionOf, inherits, columns, constraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, persistence, partitioning, partitionOf, inherits, newColumns, constraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withConstraints(List<Constraint> newConstraints) {
        return new Table(name, persistence, partitioning, partitionOf, inherits, columns, newConstraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withPartitionOf(PartitionOf newPartitionOf) {
        return new Table(name, persistence, partitioning, newPartitionOf, inherits, columns, constraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withInherits(List<QualifiedName> newInherits) {
        return new Table(name, persistence, partitioning, partitionOf, newInherits, columns, constraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withStorageParameters(Map<String, String> newParameters) {
        return new Table(name, persistence, partitioning, partitionOf, inherits, columns, constraints,
                newParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, comment, location);
    }

    public Table withRowLevelSecurity(boolean enabled, boolean forced) {
        return new Table(name, persistence, partitioning, partitionOf, inherits, columns, constraints,
                storageParameters, onCommit, enabled, forced, comment, location);
    }

    public Table withComment(String newComment) {
        return new Table(name, persistence, partitioning, partitionOf, inherits, columns, constraints,
                storageParameters, onCommit, rowLevelSecurity, forceRowLevelSecurity, newComment, location);
    }
}

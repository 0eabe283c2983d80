package dev.pgdl.core.model;

/** The parent and bound of a partition: {@code PARTITION OF parent FOR VALUES …} or {@code DEFAULT}. */
public record PartitionOf(QualifiedName parent, String bound) {

    public boolean isDefault() {
        return "DEFAULT".equalsIgnoreCase(bound);
    }
}

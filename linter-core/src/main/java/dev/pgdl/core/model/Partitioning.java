package dev.pgdl.core.model;

import java.util.List;

/** The PARTITION BY clause of a partitioned table. */
public record Partitioning(PartitionStrategy strategy, List<PartitionKey> keys) {

    public Partitioning {
        keys = List.copyOf(keys);
    }
}

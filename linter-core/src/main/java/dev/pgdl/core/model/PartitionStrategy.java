package dev.pgdl.core.model;

public enum PartitionStrategy {
    RANGE,
    LIST,
    HASH
}

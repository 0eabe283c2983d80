package dev.pgdl.core.ddl;

/** A SQL file to read: its path as findings show it, and its text. */
public record SqlFile(String path, String content) {
}

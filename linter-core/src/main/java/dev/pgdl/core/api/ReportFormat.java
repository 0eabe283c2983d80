package dev.pgdl.core.api;

/** The formats a check can write its report in. */
public enum ReportFormat {
    TEXT,
    JSON
}

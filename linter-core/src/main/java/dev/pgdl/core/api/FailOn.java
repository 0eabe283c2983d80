package dev.pgdl.core.api;

/** The lowest severity that fails a check; {@code NEVER} fails on no finding. */
public enum FailOn {
    ERROR,
    WARNING,
    INFO,
    NEVER
}

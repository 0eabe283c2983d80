package dev.pgdl.core.model;

/** One {@code expression WITH operator} element of an EXCLUDE constraint. */
public record ExclusionElement(String expression, String operator) {
}

package dev.pgdl.core.api;

/** One rule as {@code pgdl rules} lists it: id, default severity ({@code error}, …) and English summary. */
public record RuleInfo(String id, String defaultSeverity, String summary) {
}

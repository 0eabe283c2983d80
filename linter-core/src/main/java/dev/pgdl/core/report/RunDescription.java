package dev.pgdl.core.report;

import java.time.ZonedDateTime;

/** What a report's header tells of its run: what was linted, when, by which pgdl, with which configuration. */
public record RunDescription(LintedSource linted, ZonedDateTime generatedAt, String pgdlVersion,
                             ConfigurationSummary configuration) {
}

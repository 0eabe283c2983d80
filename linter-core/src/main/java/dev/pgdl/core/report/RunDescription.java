package dev.pgdl.core.report;

import java.time.Instant;

/**
 * What a report's header tells of its run: what was linted, when, by which pgdl, with which configuration.
 * The time is an instant: only a report that shows it looks up the system's time zone, which costs a
 * start milliseconds.
 */
public record RunDescription(LintedSource linted, Instant generatedAt, String pgdlVersion,
                             ConfigurationSummary configuration) {
}

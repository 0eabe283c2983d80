package dev.pgdl.core.api;

import java.util.Collections;
import java.util.List;

/**
 * How a check ended.
 *
 * @param errors   one line per problem that is not a finding (an unreadable input, a configuration
 *                 mistake), such as {@code db/x.sql: error: not UTF-8 text}, for the standard error stream
 * @param findings what the report holds, in report order; empty when nothing was linted. An unmodifiable
 *                 list, kept as given: the run's list renders each message only when it is read
 */
public record CheckResult(ExitCode exitCode, List<String> errors, List<ReportedFinding> findings) {

    public CheckResult {
        errors = List.copyOf(errors);
        findings = Collections.unmodifiableList(findings);
    }

    /** A run that linted nothing: a configuration mistake, an unreachable database. */
    public static CheckResult failed(ExitCode exitCode, List<String> errors) {
        return new CheckResult(exitCode, errors, List.of());
    }
}

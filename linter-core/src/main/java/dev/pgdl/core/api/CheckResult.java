package dev.pgdl.core.api;

import java.util.List;

/**
 * How a check ended.
 *
 * @param errors one line per problem that is not a finding (an unreadable input, a configuration
 *               mistake), such as {@code db/x.sql: error: not UTF-8 text}, for the standard error stream
 */
public record CheckResult(ExitCode exitCode, List<String> errors) {

    public CheckResult {
        errors = List.copyOf(errors);
    }
}

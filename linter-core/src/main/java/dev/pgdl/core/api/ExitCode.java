package dev.pgdl.core.api;

/** How a check ended, as the process exit status every front end uses. */
public enum ExitCode {
    /** No finding at or above the fail-on severity. */
    SUCCESS(0),
    /** Findings at or above the fail-on severity. */
    FINDINGS(1),
    /** A usage or configuration error; nothing was linted. */
    USAGE_ERROR(2),
    /** An input could not be read; the readable ones were still linted. */
    INPUT_ERROR(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}

package dev.pgdl.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PgdlCommandTest {

    @Test
    void versionPrintsTheProjectVersion() {
        PgdlRun run = PgdlRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("pgdl \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n");
    }

    @Test
    void helpNamesTheCommandsAndTheExitCodes() {
        PgdlRun run = PgdlRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: pgdl", "check", "rules", "Exit codes: 0");
    }
}

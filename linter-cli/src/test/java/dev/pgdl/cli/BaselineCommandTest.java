package dev.pgdl.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pgdl baseline} and {@code --baseline} over the bundled shop example (49 findings) with the default rules. */
class BaselineCommandTest {

    private static final Path SHOP = Path.of("..", "examples", "shop", "schema.sql");
    private static final String NAME_LINE = "    name        text NOT NULL,\n";

    @TempDir
    Path dir;

    private Path schema;
    private Path baseline;

    @BeforeEach
    void recordTheShopsFindings() throws IOException {
        schema = dir.resolve("schema.sql");
        baseline = dir.resolve("pgdl-baseline.json");
        Files.copy(SHOP, schema);

        PgdlRun run = PgdlRun.of("baseline", schema.toString(), "--output", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(baseline + ": 49 findings recorded\n");
    }

    @Test
    void withTheBaselineTheRunPasses() {
        PgdlRun run = check();

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("0 errors, 0 warnings, 0 infos in 1 file").endsWith("; 49 in the baseline\n");
    }

    @Test
    void aNewViolationFailsWithExactlyThatFindingAndEditsAboveTheOldOnesDoNotResurrectThem() throws IOException {
        String original = Files.readString(schema);
        Files.writeString(schema, "-- reviewed in 2026 by the shop team\n\n\n" + original.replace(NAME_LINE,
                NAME_LINE + "    nickname    varchar(40),\n"));

        PgdlRun run = check();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines()).containsExactly(
                schema + ":18:5: warning types/string-default String column nickname allows NULL; declare it NOT NULL"
                        + " DEFAULT '', or a meaningful initial value such as the unprocessed code.",
                run.out().lines().toList().get(1));
        assertThat(run.out()).contains("0 errors, 1 warning, 0 infos").endsWith("; 49 in the baseline\n");
    }

    @Test
    void fixedEntriesAreCountedAndPruneRemovesThem() throws IOException {
        Files.writeString(schema, Files.readString(schema)
                .replace(NAME_LINE, "    name        varchar(100) NOT NULL DEFAULT '',\n"));

        PgdlRun run = check();
        PgdlRun prune = PgdlRun.of("baseline", "--prune", schema.toString(), "--output", baseline.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("; 48 in the baseline, 1 baseline entry fixed (pgdl baseline --prune removes them)\n");
        assertThat(prune.exitCode()).isZero();
        assertThat(prune.out()).isEqualTo(baseline + ": 48 findings kept, 1 fixed removed\n");
        assertThat(check().out()).endsWith("; 48 in the baseline\n");
    }

    @Test
    void aMissingBaselineFileIsAUsageError() {
        PgdlRun run = PgdlRun.of("check", "--baseline", dir.resolve("nope.json").toString(), schema.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("nope.json") + ": error: no such baseline file (pgdl baseline writes "
                + "one)\n");
    }

    private PgdlRun check() {
        return PgdlRun.of("check", "--fail-on", "warning", "--baseline", baseline.toString(), schema.toString());
    }
}

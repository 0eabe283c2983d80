package dev.pgdl.bench;

import dev.pgdl.core.api.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DESIGN: pgdl stays linear in the size of its input. Work is counted as bytes allocated by all
 * threads (reading, parsing, rules, the report), never as time: ten times the schema may cost at
 * most twelve times the work, in every report format.
 */
class LinearityTest {

    private static final int BASE_LINES = 2_000;
    private static final double MAX_GROWTH = 12;
    /**
     * The meter can only miss work (the end of a short-lived thread, on a busy machine), never add
     * any, so each size counts the most of a few runs.
     */
    private static final int MEASURED_RUNS = 3;

    @TempDir
    Path work;

    @Test
    void tenTimesTheSchemaIsAtMostTwelveTimesTheWorkAsJson() throws Exception {
        assertLinear(ReportFormat.JSON);
    }

    @Test
    void tenTimesTheSchemaIsAtMostTwelveTimesTheWorkAsText() throws Exception {
        assertLinear(ReportFormat.TEXT);
    }

    private void assertLinear(ReportFormat format) throws IOException, InterruptedException {
        Path small = Files.writeString(work.resolve("small.sql"), new SchemaGenerator(1).ofLines(BASE_LINES));
        Path large = Files.writeString(work.resolve("large.sql"), new SchemaGenerator(1).ofLines(BASE_LINES * 10));
        WarmRuns.Lint smallLint = WarmRuns.check(small, format, work.resolve("small.out"));
        WarmRuns.Lint largeLint = WarmRuns.check(large, format, work.resolve("large.out"));
        dev.pgdl.core.api.Pgdl pgdl = new dev.pgdl.core.api.Pgdl();
        smallLint.run(pgdl);
        largeLint.run(pgdl);

        long smallWork = mostAllocatedOf(MEASURED_RUNS, () -> smallLint.run(pgdl));
        long largeWork = mostAllocatedOf(MEASURED_RUNS, () -> largeLint.run(pgdl));

        assertThat(Files.size(large.resolveSibling("large.out"))).isGreaterThan(9 * Files.size(work.resolve("small.out")));
        assertThat((double) largeWork / smallWork).as("work on 10x the input, %d bytes against %d", largeWork, smallWork)
                .isLessThanOrEqualTo(MAX_GROWTH);
    }

    private static long mostAllocatedOf(int runs, Runnable lint) throws InterruptedException {
        long most = 0;
        for (int run = 0; run < runs; run++) {
            most = Math.max(most, AllocationMeter.bytesAllocatedBy(lint));
        }
        return most;
    }
}

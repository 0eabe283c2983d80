package dev.pgdl.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GcLogTest {

    @TempDir
    Path work;

    @Test
    void thePeakIsTheMostHeapInUseBeforeACollectionOrAtExit() throws Exception {
        Path log = Files.writeString(work.resolve("gc.log"), """
                [0.010s][info][gc] Using G1
                [0.412s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->4M(256M) 3.112ms
                [1.020s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 312M->97M(512M) 21.004ms
                [1.500s][info][gc,heap,exit] Heap
                [1.500s][info][gc,heap,exit]  garbage-first heap   total 524288K, used 204800K [0x0000000700000000, 0x0000000800000000)
                """);

        assertThat(GcLog.peakHeapMb(log)).hasValue(312);
    }

    @Test
    void aRunThatNeverCollectedHasItsHeapAtExit() throws Exception {
        Path log = Files.writeString(work.resolve("gc.log"), """
                [0.010s][info][gc] Using G1
                [0.300s][info][gc,heap,exit]  garbage-first heap   total 262144K, used 51200K [0x0000000700000000, 0x0000000800000000)
                """);

        assertThat(GcLog.peakHeapMb(log)).hasValue(50);
    }
}

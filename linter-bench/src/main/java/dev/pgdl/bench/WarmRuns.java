package dev.pgdl.bench;

import dev.pgdl.core.api.AuditRequest;
import dev.pgdl.core.api.CheckRequest;
import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportOptions;
import dev.pgdl.core.api.ReportTarget;

import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * pgdl in this JVM through its entry point, warmed up first: what a build tool or an IDE that keeps
 * pgdl loaded sees. Reports the median wall and CPU time of the measured runs and the peak heap
 * (the sum of the heap pools' peaks, an upper bound).
 */
final class WarmRuns {

    /** One lint through the entry point. */
    @FunctionalInterface
    interface Lint {
        CheckResult run(Pgdl pgdl);
    }

    private final Pgdl pgdl = new Pgdl();
    private final int warmups;
    private final int runs;

    WarmRuns(int warmups, int runs) {
        this.warmups = warmups;
        this.runs = runs;
    }

    static Lint check(Path file, ReportFormat format, Path output) {
        CheckRequest request = new CheckRequest(List.of(file), options(format, output));
        return pgdl -> pgdl.check(request, new StringWriter());
    }

    static Lint audit(String url, String user, Path output) {
        AuditRequest request = new AuditRequest(List.of(url), Optional.of(user), Optional.empty(),
                options(ReportFormat.JSON, output));
        return pgdl -> pgdl.audit(request, new StringWriter());
    }

    private static ReportOptions options(ReportFormat format, Path output) {
        return new ReportOptions(Path.of(""), Optional.empty(), List.of(new ReportTarget(format, Optional.of(output))),
                FailOn.NEVER, Locale.ENGLISH, false, Optional.empty());
    }

    Measurement measure(String name, Lint lint, JsonFigures figures, OptionalInt catalogQueries) throws IOException {
        for (int i = 0; i < warmups; i++) {
            requireSuccess(name, lint.run(pgdl));
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        double peakHeap = 0;
        for (int i = 0; i < runs; i++) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            requireSuccess(name, lint.run(pgdl));
            seconds.add((System.nanoTime() - start) / 1e9);
            cpuSeconds.add((os.getProcessCpuTime() - cpuStart) / 1e9);
            peakHeap = Math.max(peakHeap, heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum()
                    / (1024.0 * 1024));
        }
        return new Measurement(name + " (warm, in-process)", Measurement.median(seconds),
                OptionalDouble.of(Measurement.median(cpuSeconds)), figures.statements(), figures.findings(),
                OptionalDouble.of(peakHeap), catalogQueries);
    }

    private static void requireSuccess(String name, CheckResult result) {
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException(name + ": " + String.join("; ", result.errors()));
        }
    }
}

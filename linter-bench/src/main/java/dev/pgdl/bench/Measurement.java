package dev.pgdl.bench;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The figures of one benchmark case. Absent figures (CPU time of a separate process, catalog
 * queries of a file check) print as {@code -}.
 *
 * @param seconds    median wall time of the measured runs
 * @param cpuSeconds median CPU time of the measured runs, all threads of the process
 * @param peakHeapMb the most heap in use at any point of a run (before a collection or at exit)
 */
record Measurement(String name, double seconds, OptionalDouble cpuSeconds, long statements, long findings,
                   OptionalDouble peakHeapMb, OptionalInt catalogQueries) {

    static final String HEADER = String.format(Locale.ROOT, "%-52s %8s %8s %10s %11s %9s %9s %8s",
            "case", "wall s", "cpu s", "statements", "statements/s", "findings", "heap MB", "queries");

    String row() {
        return String.format(Locale.ROOT, "%-52s %8.2f %8s %10d %11s %9d %9s %8s", name, seconds,
                cpuSeconds.isPresent() ? String.format(Locale.ROOT, "%.2f", cpuSeconds.getAsDouble()) : "-",
                statements, statements == 0 ? "-" : String.format(Locale.ROOT, "%.0f", statements / seconds), findings,
                peakHeapMb.isPresent() ? String.format(Locale.ROOT, "%.0f", peakHeapMb.getAsDouble()) : "-",
                catalogQueries.isPresent() ? String.valueOf(catalogQueries.getAsInt()) : "-");
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

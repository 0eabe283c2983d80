package dev.pgdl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peak heap of a finished JVM from its unified GC log ({@code -Xlog:gc,gc+heap+exit}): the heap
 * in use before each collection, and at exit. A run that never collected still reports its exit figure.
 */
final class GcLog {

    private static final Pattern BEFORE_COLLECTION = Pattern.compile(" (\\d+)M->\\d+M\\(");
    private static final Pattern USED_AT_EXIT = Pattern.compile("total \\d+K, used (\\d+)K");

    private GcLog() {
    }

    /** The JVM options that make a JVM write the log this class reads. */
    static List<String> options(Path log) {
        return List.of("-Xlog:gc,gc+heap+exit:file=" + log);
    }

    static OptionalDouble peakHeapMb(Path log) throws IOException {
        if (!Files.exists(log)) {
            return OptionalDouble.empty();
        }
        double peak = -1;
        for (String line : Files.readAllLines(log)) {
            Matcher before = BEFORE_COLLECTION.matcher(line);
            if (before.find()) {
                peak = Math.max(peak, Double.parseDouble(before.group(1)));
            }
            Matcher exit = USED_AT_EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Double.parseDouble(exit.group(1)) / 1024);
            }
        }
        return peak < 0 ? OptionalDouble.empty() : OptionalDouble.of(peak);
    }
}

package dev.pgdl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * pgdl run end to end, a new process per run, started the way a user starts it: {@code java -jar
 * pgdl.jar}, or the {@code pgdl} launcher beside the jar. The JVM writes a GC log (through
 * {@code JDK_JAVA_OPTIONS}, which both ways honour) from which the peak heap is read.
 */
final class PgdlCommandLine {

    /** How pgdl is started. */
    enum Start {
        JAVA_JAR("java -jar pgdl.jar"), LAUNCHER("pgdl launcher");

        private final String label;

        Start(String label) {
            this.label = label;
        }
    }

    private final Path jar;
    private final int runs;
    private final Path work;

    PgdlCommandLine(Path jar, int runs, Path work) {
        this.jar = jar;
        this.runs = runs;
        this.work = work;
    }

    boolean hasLauncher() {
        return Files.isRegularFile(launcher());
    }

    /** Another command run once after each of pgdl's runs. */
    @FunctionalInterface
    interface Alongside {
        void runOnce() throws IOException, InterruptedException;
    }

    /** {@code pgdl ARGS --format json --fail-on never --output FILE}, the median of the runs. */
    Measurement measure(String name, Start start, List<String> arguments, OptionalInt catalogQueries)
            throws IOException, InterruptedException {
        return measure(name, start, arguments, catalogQueries, () -> {
        });
    }

    /**
     * As {@link #measure(String, Start, List, OptionalInt)}, running {@code alongside} after each run:
     * runs that take turns meet the same moments of a machine whose speed drifts.
     */
    Measurement measure(String name, Start start, List<String> arguments, OptionalInt catalogQueries,
                        Alongside alongside) throws IOException, InterruptedException {
        List<Double> seconds = new ArrayList<>();
        double peakHeap = 0;
        JsonFigures figures = null;
        for (int run = 0; run < runs; run++) {
            Path report = work.resolve("report.json");
            Path gcLog = work.resolve("gc.log");
            Files.deleteIfExists(gcLog);
            List<String> command = new ArrayList<>(start == Start.JAVA_JAR ? List.of("java", "-jar", jar.toString())
                    : List.of("sh", launcher().toString()));
            command.addAll(arguments);
            command.addAll(List.of("--format", "json", "--fail-on", "never", "--output", report.toString()));
            TimedCommand.Outcome outcome = TimedCommand.run(command,
                    Map.of("JDK_JAVA_OPTIONS", String.join(" ", GcLog.options(gcLog))), work.resolve("stdout.txt"));
            if (outcome.exitCode() > 1) {
                throw new IllegalStateException("pgdl exited with " + outcome.exitCode() + ": "
                        + withoutJvmNote(outcome.errors()));
            }
            seconds.add(outcome.seconds());
            peakHeap = Math.max(peakHeap, GcLog.peakHeapMb(gcLog).orElse(0));
            figures = JsonFigures.read(report);
            alongside.runOnce();
        }
        return new Measurement(name + " (" + start.label + ")", Measurement.median(seconds), OptionalDouble.empty(),
                figures.statements(), figures.findings(), OptionalDouble.of(peakHeap), catalogQueries);
    }

    /** The JVM's note that it picked up the GC log options is not pgdl's message. */
    private static String withoutJvmNote(String errors) {
        return errors.lines().filter(line -> !line.startsWith("NOTE: Picked up JDK_JAVA_OPTIONS"))
                .collect(Collectors.joining(" / "));
    }

    private Path launcher() {
        return jar.resolveSibling("pgdl");
    }
}

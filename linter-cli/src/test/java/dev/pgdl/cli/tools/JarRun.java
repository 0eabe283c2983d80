package dev.pgdl.cli.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the built {@code pgdl.jar} in its own JVM, as a user runs it: exit code, standard
 * output and error, and the wall time from process start to exit.
 */
record JarRun(int exitCode, String out, String err, long millis) {

    static JarRun of(Path jar, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", jar.toString()));
        command.addAll(arguments);
        Path stdout = Files.createTempFile("pgdl-corpus", ".out");
        Path stderr = Files.createTempFile("pgdl-corpus", ".err");
        try {
            long start = System.nanoTime();
            int exitCode = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start().waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new JarRun(exitCode, Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8), millis);
        } finally {
            Files.delete(stdout);
            Files.delete(stderr);
        }
    }

    /** Whether pgdl ran to the end: exit code 0 or 1 (findings), and no stack trace. */
    boolean completed() {
        return problem().isEmpty();
    }

    /** Why the run did not complete, or empty. */
    String problem() {
        if (exitCode > 1) {
            return "exit " + exitCode + ": " + firstLine(err);
        }
        return err.contains("\tat ") || err.contains("Exception") ? "stack trace: " + firstLine(err) : "";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}

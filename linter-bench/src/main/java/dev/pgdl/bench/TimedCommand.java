package dev.pgdl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs a command as a user would, from process start to exit, its output to a file. */
final class TimedCommand {

    /** How one run ended: exit code, wall time, and what it wrote to the standard error stream. */
    record Outcome(int exitCode, double seconds, String errors) {
    }

    private TimedCommand() {
    }

    static Outcome run(List<String> command, Map<String, String> environment, Path standardOutput)
            throws IOException, InterruptedException {
        Path standardError = Files.createTempFile("pgdl-bench", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(standardOutput.toFile())
                .redirectError(standardError.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        int exitCode = builder.start().waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        String errors = Files.readString(standardError, StandardCharsets.UTF_8);
        Files.delete(standardError);
        return new Outcome(exitCode, seconds, errors);
    }
}

package dev.pgdl.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Robustness figures over a corpus of real schemas (../shared/corpus): runs the built
 * {@code pgdl.jar} as a user would, once per source directory, and prints statements, unparsed
 * statements and time per source. Fails (exit 1) when a run exits other than 0 or 1, prints a
 * stack trace, or the corpus as a whole has more than 5% unparsed statements.
 *
 * <p>Not a unit test: it needs the corpus, which a clone of the project does not have. Run it with
 * {@code mvn -B -q -pl linter-cli -Pcorpus verify} (see the README).
 */
public final class CorpusReport {

    private static final double MAX_UNPARSED_SHARE = 0.05;

    private record SourceFigures(String source, int exitCode, long statements, long unparsed, long findings,
                                 long millis, String problem) {
    }

    private CorpusReport() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus directory at " + corpus.toAbsolutePath());
        }
        List<SourceFigures> figures = new ArrayList<>();
        try (Stream<Path> sources = Files.list(corpus)) {
            for (Path source : sources.filter(Files::isDirectory).sorted().toList()) {
                figures.add(lint(jar, source));
            }
        }
        System.exit(print(figures) ? 0 : 1);
    }

    private static SourceFigures lint(Path jar, Path source) throws IOException, InterruptedException {
        Path stdout = Files.createTempFile("pgdl-corpus", ".json");
        Path stderr = Files.createTempFile("pgdl-corpus", ".err");
        long start = System.nanoTime();
        Process process = new ProcessBuilder("java", "-jar", jar.toString(), "check", "--format", "json",
                "--fail-on", "never", source.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        int exitCode = process.waitFor();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        String problem = exitCode > 1 ? "exit " + exitCode + ": " + firstLine(errors)
                : errors.contains("\tat ") || errors.contains("Exception") ? "stack trace: " + firstLine(errors) : "";
        JsonNode report = exitCode <= 1 ? new ObjectMapper().readTree(stdout.toFile())
                : new ObjectMapper().createObjectNode();
        Files.delete(stdout);
        Files.delete(stderr);
        JsonNode summary = report.path("summary");
        return new SourceFigures(source.getFileName().toString(), exitCode, summary.path("statements").asLong(),
                summary.path("unparsed").asLong(), report.path("findings").size(), millis, problem);
    }

    private static boolean print(List<SourceFigures> figures) {
        System.out.printf("%-36s %6s %10s %9s %8s %9s%n", "source", "exit", "statements", "unparsed", "findings",
                "time ms");
        long statements = 0;
        long unparsed = 0;
        boolean healthy = true;
        for (SourceFigures f : figures) {
            System.out.printf("%-36s %6d %10d %9d %8d %9d %s%n", f.source(), f.exitCode(), f.statements(), f.unparsed(),
                    f.findings(), f.millis(), f.problem());
            statements += f.statements();
            unparsed += f.unparsed();
            healthy &= f.problem().isEmpty();
        }
        double share = statements == 0 ? 1 : (double) unparsed / statements;
        System.out.printf(Locale.ROOT, "total: %d statements, %d unparsed (%.2f%%, limit %.0f%%)%n", statements,
                unparsed, share * 100, MAX_UNPARSED_SHARE * 100);
        return healthy && share <= MAX_UNPARSED_SHARE;
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }
}

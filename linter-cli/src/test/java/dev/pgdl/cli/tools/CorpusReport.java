package dev.pgdl.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Robustness figures over a corpus of real schemas (../shared/corpus): runs the built
 * {@code pgdl.jar} as a user would, once per source directory, and prints statements, unparsed
 * statements and time per source. Fails (exit 1) when a run exits other than 0 or 1, prints a
 * stack trace, or the corpus as a whole has more than 5% unparsed statements.
 *
 * <p>Not a unit test: it needs the corpus, which a clone of the project does not have. Run it with
 * {@code mvn -B -q -Pcorpus -pl linter-cli -am verify -DskipTests} (see the README).
 */
public final class CorpusReport {

    private static final double MAX_UNPARSED_SHARE = 0.05;

    /**
     * Sources that hold several separate systems, each its own Flyway set (SOURCES.md: k2works'
     * sales, production and accounting apps): checked as one directory they would be one set whose
     * versions clash, as Flyway would report too.
     */
    private static final Map<String, List<String>> SEPARATE_SYSTEMS = Map.of(
            "k2works-practical-database-design", List.of("sms", "pms", "fas"));

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
        List<String> arguments = new ArrayList<>(List.of("check", "--format", "json", "--fail-on", "never"));
        SEPARATE_SYSTEMS.getOrDefault(source.getFileName().toString(), List.of("."))
                .forEach(system -> arguments.add(source.resolve(system).normalize().toString()));
        JarRun run = JarRun.of(jar, arguments);
        JsonNode report = run.exitCode() <= 1 ? new ObjectMapper().readTree(run.out())
                : new ObjectMapper().createObjectNode();
        JsonNode summary = report.path("summary");
        return new SourceFigures(source.getFileName().toString(), run.exitCode(), summary.path("statements").asLong(),
                summary.path("unparsed").asLong(), report.path("findings").size(), run.millis(), run.problem());
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
}

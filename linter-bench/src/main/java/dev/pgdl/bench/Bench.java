package dev.pgdl.bench;

import dev.pgdl.bench.PgdlCommandLine.Start;
import dev.pgdl.core.api.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * The pgdl benchmark: generated schemas checked end to end and warm, the schema corpus when it is
 * there, generated databases audited, and optionally squawk on the same files. Prints one row per
 * case. Not a test: numbers, no verdicts.
 */
@Command(name = "pgdl-bench", mixinStandardHelpOptions = true,
        description = "Measure pgdl on generated schemas and databases (wall time, statements/s, heap, catalog queries).")
public final class Bench implements Callable<Integer> {

    private static final long SEED = 20_260_801L;

    @Option(names = "--jar", paramLabel = "FILE", description = "The pgdl.jar to run (default: ${DEFAULT-VALUE}).")
    private Path jar = Path.of("linter-cli/target/pgdl.jar");

    @Option(names = "--lines", split = ",", paramLabel = "N", description = "Schema sizes in lines (default: ${DEFAULT-VALUE}).")
    private List<Integer> lines = new ArrayList<>(List.of(1_000, 10_000, 100_000));

    @Option(names = "--tables", split = ",", paramLabel = "N",
            description = "Database sizes in tables to audit; 0 for none (default: ${DEFAULT-VALUE}).")
    private List<Integer> tables = new ArrayList<>(List.of(100, 1_000, 5_000));

    @Option(names = "--findings", paramLabel = "N",
            description = "Findings for the text-against-JSON report case; 0 for none (default: ${DEFAULT-VALUE}).")
    private int findings = 100_000;

    @Option(names = "--runs", paramLabel = "N", description = "Measured runs per case (default: ${DEFAULT-VALUE}).")
    private int runs = 3;

    @Option(names = "--warmups", paramLabel = "N", description = "Runs before measuring in-process (default: ${DEFAULT-VALUE}).")
    private int warmups = 2;

    @Option(names = "--corpus", paramLabel = "DIR", description = "Also check every source directory of this corpus, if it exists.")
    private Path corpus;

    @Option(names = "--squawk", paramLabel = "FILE", description = "Also run this squawk binary (--reporter json) on the same files.")
    private Path squawk;

    @Option(names = "--work", paramLabel = "DIR", description = "Where generated files go (default: a new temporary directory).")
    private Path work;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Bench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        work = work == null ? Files.createTempDirectory("pgdl-bench") : Files.createDirectories(work);
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + ": no pgdl.jar; build it first (mvn -B -q package -DskipTests)");
            return 2;
        }
        printMachine();
        PgdlCommandLine commandLine = new PgdlCommandLine(jar, runs, work);
        WarmRuns warm = new WarmRuns(warmups, runs);
        System.out.println(Measurement.HEADER);
        for (int size : lines) {
            checkGenerated(String.format(Locale.ROOT, "check %,d lines", size), new SchemaGenerator(SEED).ofLines(size),
                    commandLine, warm);
        }
        if (squawk != null) {
            compareWithSquawk(commandLine);
        }
        if (findings > 0) {
            compareReportFormats(warm);
        }
        if (corpus != null && Files.isDirectory(corpus)) {
            checkCorpus(commandLine);
        }
        if (tables.stream().anyMatch(n -> n > 0)) {
            audit(commandLine, warm);
        }
        return 0;
    }

    private static void printMachine() {
        System.out.printf(Locale.ROOT, "pgdl bench: %d cores, load average %.1f, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
    }

    private void checkGenerated(String name, String sql, PgdlCommandLine commandLine, WarmRuns warm)
            throws IOException, InterruptedException {
        Path file = write(name, sql);
        List<String> arguments = List.of("check", file.toString());
        Measurement process = commandLine.measure(name, Start.JAVA_JAR, arguments, OptionalInt.empty());
        print(process);
        if (commandLine.hasLauncher()) {
            print(commandLine.measure(name, Start.LAUNCHER, arguments, OptionalInt.empty()));
        }
        print(warm.measure(name, WarmRuns.check(file, ReportFormat.JSON, work.resolve("warm.json")),
                new JsonFigures(process.statements(), process.findings()), OptionalInt.empty()));
    }

    /** squawk and pgdl on the same files, both writing JSON, taking turns: 5,000 statements and the largest size. */
    private void compareWithSquawk(PgdlCommandLine commandLine) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        files.add(write("5000 statements", new SchemaGenerator(SEED).ofStatements(5_000)));
        lines.stream().max(Integer::compare).ifPresent(size -> files.add(work.resolve(fileName(
                String.format(Locale.ROOT, "check %,d lines", size)))));
        for (Path file : files) {
            String name = "vs squawk: " + file.getFileName();
            List<Double> seconds = new ArrayList<>();
            Measurement pgdl = commandLine.measure(name, commandLine.hasLauncher() ? Start.LAUNCHER : Start.JAVA_JAR,
                    List.of("check", file.toString()), OptionalInt.empty(), () -> seconds.add(TimedCommand.run(
                            List.of(squawk.toString(), "--reporter", "json", file.toString()), java.util.Map.of(),
                            work.resolve("squawk.json")).seconds()));
            print(pgdl);
            print(new Measurement("  squawk --reporter json", Measurement.median(seconds), OptionalDouble.empty(),
                    pgdl.statements(), JsonFigures.arrayLength(work.resolve("squawk.json")), OptionalDouble.empty(),
                    OptionalInt.empty()));
        }
    }

    /** Text and JSON reports of the same findings, in-process: the text report must not be the slower one. */
    private void compareReportFormats(WarmRuns warm) throws IOException, InterruptedException {
        int size = (int) Math.ceil(findings / 0.6);
        Path file = write("report formats", new SchemaGenerator(SEED).ofLines(size));
        Path json = work.resolve("formats.json");
        WarmRuns.check(file, ReportFormat.JSON, json).run(new dev.pgdl.core.api.Pgdl());
        JsonFigures figures = JsonFigures.read(json);
        String name = String.format(Locale.ROOT, "report %,d findings", figures.findings());
        Measurement asJson = warm.measure(name + " as json", WarmRuns.check(file, ReportFormat.JSON, json), figures,
                OptionalInt.empty());
        Measurement asText = warm.measure(name + " as text", WarmRuns.check(file, ReportFormat.TEXT,
                work.resolve("formats.txt")), figures, OptionalInt.empty());
        print(asJson);
        print(asText);
        System.out.printf(Locale.ROOT, "  text/json time: %.2f%n", asText.seconds() / asJson.seconds());
    }

    private void checkCorpus(PgdlCommandLine commandLine) throws IOException, InterruptedException {
        try (Stream<Path> sources = Files.list(corpus)) {
            for (Path source : sources.filter(Files::isDirectory).sorted().toList()) {
                checkCorpusSource(commandLine, source, "corpus " + source.getFileName(), true);
            }
        }
    }

    /**
     * One corpus source; a source pgdl cannot check as a whole (k2works keeps three applications'
     * migration sets, with clashing versions, in one tree) is measured folder by folder.
     */
    private void checkCorpusSource(PgdlCommandLine commandLine, Path source, String name, boolean splitOnFailure)
            throws IOException, InterruptedException {
        try {
            print(commandLine.measure(name, commandLine.hasLauncher() ? Start.LAUNCHER : Start.JAVA_JAR,
                    List.of("check", source.toString()), OptionalInt.empty()));
        } catch (IllegalStateException failed) {
            List<Path> folders = splitOnFailure ? subfolders(source) : List.of();
            if (folders.isEmpty()) {
                System.out.println(name + ": not measured, " + failed.getMessage());
            }
            for (Path folder : folders) {
                checkCorpusSource(commandLine, folder, name + "/" + folder.getFileName(), false);
            }
        }
    }

    private static List<Path> subfolders(Path source) throws IOException {
        try (Stream<Path> entries = Files.list(source)) {
            return entries.filter(Files::isDirectory).sorted().toList();
        }
    }

    private void audit(PgdlCommandLine commandLine, WarmRuns warm) throws Exception {
        try (GeneratedDatabases databases = new GeneratedDatabases(new SchemaGenerator(SEED))) {
            for (int size : tables) {
                if (size <= 0) {
                    continue;
                }
                String url = databases.create(size);
                GeneratedDatabases.Shape shape = databases.shape(url);
                OptionalInt queries = OptionalInt.of(GeneratedDatabases.catalogQueries(url));
                String name = String.format(Locale.ROOT, "audit %,d tables", shape.tables());
                System.out.println("  " + name + ": " + shape);
                List<String> arguments = List.of("audit", "--url", url, "--user", GeneratedDatabases.USER);
                Measurement process = commandLine.measure(name, commandLine.hasLauncher() ? Start.LAUNCHER
                        : Start.JAVA_JAR, arguments, queries);
                print(process);
                print(warm.measure(name, WarmRuns.audit(url, GeneratedDatabases.USER, work.resolve("audit.json")),
                        new JsonFigures(0, process.findings()), queries));
            }
        }
    }

    private Path write(String name, String sql) throws IOException {
        return Files.writeString(work.resolve(fileName(name)), sql, StandardCharsets.UTF_8);
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "") + ".sql";
    }

    private static void print(Measurement measurement) {
        System.out.println(measurement.row());
        System.out.flush();
    }
}

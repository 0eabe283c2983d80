package dev.pgdl.cli.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration sets of the corpus (../shared/corpus), each checked with the built {@code pgdl.jar}
 * as a migration set with the base schemas and exclusions its SOURCES.md entry describes. For each
 * set it asserts that {@code --list} gives every file in the order SOURCES.md states, then checks
 * the set and prints the findings by rule and the wall time of the check, process start to exit.
 * Fails (exit 1) when an order or a file count differs from SOURCES.md, or a run does not complete
 * (exit code above 1, or a stack trace).
 *
 * <p>Not a unit test: it needs the corpus. It runs after {@link CorpusReport} in
 * {@code mvn -B -q -Pcorpus -pl linter-cli -am verify -DskipTests}.
 */
public final class MigrationCorpusReport {

    /** How SOURCES.md says a set's files are applied, over a file's path below the set's directory. */
    private enum SourcesOrder {
        /** Flyway: the numbers of {@code V<version>__}, part by part ({@code V9} before {@code V010}). */
        FLYWAY_VERSION(Comparator.comparing(path -> numbers(fileName(path), "[Vv](\\d+(?:[._]\\d+)*)__"),
                MigrationCorpusReport::compareParts)),
        /** The number the file name starts with ({@code 0009} before {@code 00010}). */
        NUMBER_PREFIX(Comparator.comparing(path -> numbers(fileName(path), "(\\d+)"),
                MigrationCorpusReport::compareParts)),
        /** Synapse: the delta directory's number, then the file name as text. */
        DIRECTORY_THEN_NAME(Comparator.comparing((String path) -> numbers(path, "(\\d+)/"),
                MigrationCorpusReport::compareParts).thenComparing(MigrationCorpusReport::fileName));

        private final Comparator<String> comparator;

        SourcesOrder(Comparator<String> comparator) {
            this.comparator = comparator;
        }
    }

    /**
     * One migration set: its directory, the files that exist before it, what to leave out, and how
     * many files SOURCES.md's sequence applies from the directory, in which order.
     */
    private record MigrationSet(String name, String directory, List<String> baseSchemas, List<String> exclude,
                                int files, SourcesOrder order) {

        List<String> arguments(Path corpus) {
            List<String> arguments = new ArrayList<>(List.of("check", "--migrations",
                    corpus.resolve(directory).toString()));
            baseSchemas.forEach(base -> arguments.addAll(List.of("--base-schema", corpus.resolve(base).toString())));
            exclude.forEach(glob -> arguments.addAll(List.of("--exclude", glob)));
            return arguments;
        }
    }

    private static final List<MigrationSet> SETS = List.of(
            new MigrationSet("dhis2", "dhis2/migration", List.of("dhis2/base/dhis2_base_schema.sql"), List.of(),
                    345, SourcesOrder.FLYWAY_VERSION),
            new MigrationSet("synapse", "synapse/main/delta", List.of(
                    "synapse/main/full_schemas/72/full.sql.postgres", "synapse/state/full_schemas/72/full.sql.postgres",
                    "synapse/common/full_schemas/72/full.sql.postgres"), List.of(), 57,
                    SourcesOrder.DIRECTORY_THEN_NAME),
            new MigrationSet("harbor", "harbor", List.of(), List.of(), 39, SourcesOrder.NUMBER_PREFIX),
            new MigrationSet("apache-ranger", "apache-ranger/patches", List.of(
                    "apache-ranger/create_dbversion_catalog.sql", "apache-ranger/xa_core_db_postgres.sql"),
                    List.of("audit"), 55, SourcesOrder.NUMBER_PREFIX),
            new MigrationSet("apache-ranger audit", "apache-ranger/patches/audit",
                    List.of("apache-ranger/xa_audit_db_postgres.sql"), List.of(), 1, SourcesOrder.NUMBER_PREFIX),
            new MigrationSet("supabase-storage", "supabase-storage/tenant", List.of(), List.of(), 63,
                    SourcesOrder.NUMBER_PREFIX),
            new MigrationSet("k2works pms", "k2works-practical-database-design/pms", List.of(), List.of(), 13,
                    SourcesOrder.FLYWAY_VERSION),
            new MigrationSet("k2works sms", "k2works-practical-database-design/sms", List.of(), List.of(), 20,
                    SourcesOrder.FLYWAY_VERSION),
            new MigrationSet("k2works fas", "k2works-practical-database-design/fas", List.of(), List.of(), 15,
                    SourcesOrder.FLYWAY_VERSION));

    private MigrationCorpusReport() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path jar = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        if (!Files.isDirectory(corpus)) {
            throw new IllegalArgumentException("no corpus directory at " + corpus.toAbsolutePath());
        }
        boolean healthy = true;
        for (MigrationSet set : SETS) {
            healthy &= report(jar, corpus, set);
        }
        System.exit(healthy ? 0 : 1);
    }

    private static boolean report(Path jar, Path corpus, MigrationSet set) throws IOException, InterruptedException {
        List<String> listArguments = new ArrayList<>(set.arguments(corpus));
        listArguments.add("--list");
        JarRun list = JarRun.of(jar, listArguments);
        String order = list.exitCode() == 0 ? orderProblem(set, listed(list.out(), corpus.resolve(set.directory())))
                : "--list exit " + list.exitCode() + ": " + list.err().strip();
        List<String> checkArguments = new ArrayList<>(set.arguments(corpus));
        checkArguments.addAll(List.of("--format", "json", "--fail-on", "never"));
        JarRun check = JarRun.of(jar, checkArguments);
        JsonNode report = check.completed() ? new ObjectMapper().readTree(check.out())
                : new ObjectMapper().createObjectNode();
        JsonNode summary = report.path("summary");
        String verdict = order.isEmpty() ? set.files() + " files in the order of SOURCES.md ("
                + set.order().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"
                : "FAILED, order differs from SOURCES.md: " + order;
        System.out.printf("%s: %s; %d statements, %d unparsed, %d findings, %d ms%s%n", set.name(), verdict,
                summary.path("statements").asLong(), summary.path("unparsed").asLong(), report.path("findings").size(),
                check.millis(), check.completed() ? "" : "; FAILED, " + check.problem());
        byRule(report.path("findings")).forEach(e -> System.out.printf("    %5d %s%n", e.getValue(), e.getKey()));
        return order.isEmpty() && check.completed();
    }

    /** The files {@code --list} gives, in its order, as paths below the set's directory. */
    private static List<String> listed(String out, Path directory) {
        return out.lines().filter(line -> line.matches("\\d+\t.*"))
                .map(line -> directory.relativize(Path.of(line.substring(line.indexOf('\t') + 1))).toString())
                .toList();
    }

    /** What differs from SOURCES.md: the number of files, or the first pair out of order; empty when nothing. */
    private static String orderProblem(MigrationSet set, List<String> files) {
        if (files.size() != set.files()) {
            return "--list gives " + files.size() + " files, SOURCES.md applies " + set.files();
        }
        for (int i = 1; i < files.size(); i++) {
            if (set.order().comparator.compare(files.get(i - 1), files.get(i)) > 0) {
                return files.get(i - 1) + " is listed before " + files.get(i);
            }
        }
        return "";
    }

    /** Findings per rule, migration rules first, each group by count, most first. */
    private static List<Map.Entry<String, Integer>> byRule(JsonNode findings) {
        Map<String, Integer> counts = new TreeMap<>();
        findings.forEach(f -> counts.merge(f.path("rule").asText(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Integer> e) -> !e.getKey().startsWith("migration/"))
                        .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
                .toList();
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The numbers of the first group of {@code regex} at the start of {@code text}; none when it does not match. */
    private static List<BigInteger> numbers(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.lookingAt()) {
            return List.of();
        }
        return Pattern.compile("\\d+").matcher(matcher.group(1)).results().map(r -> new BigInteger(r.group()))
                .toList();
    }

    /** Part by part, a missing part counting as 0 ({@code 1.0} equals {@code 1}). */
    private static int compareParts(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger left = i < a.size() ? a.get(i) : BigInteger.ZERO;
            int compared = left.compareTo(i < b.size() ? b.get(i) : BigInteger.ZERO);
            if (compared != 0) {
                return compared;
            }
        }
        return 0;
    }
}

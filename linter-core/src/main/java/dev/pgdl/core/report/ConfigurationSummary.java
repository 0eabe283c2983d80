package dev.pgdl.core.report;

import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configuration a run used, as a report header shows it: its file (empty for the bundled
 * default rule set), the target PostgreSQL version, how many rules ran, and the rules whose
 * severity differs from their default ({@code naming/table-prefix: error}).
 */
public record ConfigurationSummary(Optional<String> file, int targetPostgres, int enabledRules, int totalRules,
                                   List<String> changedRules) {

    public ConfigurationSummary {
        changedRules = List.copyOf(changedRules);
    }

    public static ConfigurationSummary of(Optional<String> file, LintConfig config, List<Rule> rules) {
        int enabled = 0;
        List<String> changed = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMeta meta = rule.meta();
            RuleSettings settings = config.settings(meta);
            if (settings.isEnabled()) {
                enabled++;
            }
            if (settings.severity() != meta.defaultSeverity()) {
                changed.add(meta.id() + ": " + settings.severity().id());
            }
        }
        return new ConfigurationSummary(file, config.targetPostgres(), enabled, rules.size(), changed);
    }
}

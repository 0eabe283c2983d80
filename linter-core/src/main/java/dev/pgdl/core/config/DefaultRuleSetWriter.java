package dev.pgdl.core.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.engine.RuleTexts;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the default rule set ({@code rules.yml}), {@link LintConfig#DEFAULTS}: every rule with its
 * default severity, options and excludes, commented with its English summary and guideline
 * section. The output depends only on the rules, so the committed file can be compared with it.
 */
public final class DefaultRuleSetWriter {

    /** The command that regenerates the committed file, quoted in its header and in the test that guards it. */
    public static final String REGENERATE_COMMAND = "java -jar linter-cli/target/pgdl.jar rules --format yaml > rules.yml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();
    private static final String RULE_INDENT = "  ";
    private static final String SETTING_INDENT = "    ";

    private DefaultRuleSetWriter() {
    }

    public static String write(RuleRegistry registry) {
        return write(registry, LintConfig.DEFAULTS);
    }

    /**
     * The rule set of {@code config} in the form of the default one: its target version, table kinds
     * and each rule's severity, options and excludes; so that a test can tell that reading the
     * default rule set gives {@link LintConfig#DEFAULTS} again.
     */
    public static String write(RuleRegistry registry, LintConfig config) {
        StringBuilder out = new StringBuilder()
                .append("# The default pgdl rule set: every rule with its default severity and options.\n")
                .append("# Generated from the rules' metadata; do not edit. Regenerate with:\n")
                .append("#   ").append(REGENERATE_COMMAND).append('\n')
                .append("# Override it in a pgdl.yml that starts with 'extends: default'.\n")
                .append(ConfigLoader.TARGET_POSTGRES).append(": ").append(config.targetPostgres()).append('\n')
                .append("# Table kinds (テーブル種別) by name prefix; the longest matching prefix decides. Every rule\n")
                .append("# takes only-kinds / except-kinds to apply to tables of some kinds only.\n")
                .append(ConfigLoader.TABLE_KINDS).append(":\n");
        config.tableKinds().kindByPrefix().forEach((prefix, kind) ->
                out.append(RULE_INDENT).append(prefix).append(": ").append(kind).append('\n'));
        out.append(ConfigLoader.RULES).append(":\n");
        registry.all().forEach(rule -> writeRule(rule, config.settings(rule.meta()), out));
        return out.toString();
    }

    private static void writeRule(Rule rule, RuleSettings settings, StringBuilder out) {
        RuleMeta meta = rule.meta();
        RuleTexts texts = RuleTexts.of(rule, Locale.ROOT);
        out.append('\n')
                .append(RULE_INDENT).append("# ").append(texts.require(meta.summaryKey())).append('\n')
                .append(RULE_INDENT).append("# Guideline: ").append(meta.guideline()).append('\n')
                .append(RULE_INDENT).append(meta.id()).append(":\n")
                .append(SETTING_INDENT).append(RuleOptionsBinder.SEVERITY).append(": ")
                .append(settings.severity().id()).append('\n');
        for (OptionSpec<?> option : meta.options()) {
            out.append(SETTING_INDENT).append("# ").append(texts.require(option.key(meta.id())))
                    .append(" (").append(option.type().description()).append(")\n");
            out.append(yaml(option.name(), data(option, settings)));
        }
        if (!settings.exclude().isEmpty()) {
            out.append(yaml(RuleOptionsBinder.EXCLUDE, settings.exclude()));
        }
    }

    private static <T> Object data(OptionSpec<T> option, RuleSettings settings) {
        return option.type().write(settings.option(option));
    }

    private static String yaml(String key, Object value) {
        try {
            return YAML.writeValueAsString(Map.of(key, value)).lines()
                    .map(line -> SETTING_INDENT + line + "\n")
                    .reduce("", String::concat);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("option " + key + " cannot be written as YAML", e);
        }
    }
}

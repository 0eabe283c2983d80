package dev.pgdl.core.engine;

import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one rule runs: its severity, its option values (already typed and validated, keyed by
 * option name) and the object globs it skips. Options not given take their defaults.
 */
public record RuleSettings(Severity severity, Map<String, Object> options, List<String> exclude) {

    public RuleSettings {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        exclude = List.copyOf(exclude);
    }

    public static RuleSettings defaults(RuleMeta meta) {
        return new RuleSettings(meta.defaultSeverity(), Map.of(), meta.defaultExclude());
    }

    @SuppressWarnings("unchecked")
    public <T> T option(OptionSpec<T> spec) {
        Object value = options.get(spec.name());
        return value == null ? spec.defaultValue() : (T) value;
    }

    public boolean isEnabled() {
        return severity != Severity.OFF;
    }
}

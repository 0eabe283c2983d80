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
 * option name), the object globs it skips, and the table kinds it applies to ({@code onlyKinds},
 * empty for all) or skips ({@code exceptKinds}). Options not given take their defaults.
 */
public record RuleSettings(Severity severity, Map<String, Object> options, List<String> exclude,
                           List<String> onlyKinds, List<String> exceptKinds) {

    public RuleSettings {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        exclude = List.copyOf(exclude);
        onlyKinds = List.copyOf(onlyKinds);
        exceptKinds = List.copyOf(exceptKinds);
    }

    public RuleSettings(Severity severity, Map<String, Object> options, List<String> exclude) {
        this(severity, options, exclude, List.of(), List.of());
    }

    public static RuleSettings defaults(RuleMeta meta) {
        return new RuleSettings(meta.defaultSeverity(), Map.of(), meta.defaultExclude());
    }

    /** Whether the rule applies to some table kinds only, so a finding's table kind must be known. */
    public boolean filtersKinds() {
        return !onlyKinds.isEmpty() || !exceptKinds.isEmpty();
    }

    /** Whether a finding on an object of a table of this kind (empty: no known kind) is reported. */
    public boolean appliesToKind(String kind) {
        return (onlyKinds.isEmpty() || onlyKinds.contains(kind)) && !exceptKinds.contains(kind);
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

package dev.pgdl.core.config;

import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.spi.OptionException;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the plain data configured for one rule ({@code severity}, {@code exclude} and the rule's
 * own options) into typed {@link RuleSettings}, rejecting unknown option names with the closest
 * valid one.
 */
public final class RuleOptionsBinder {

    public static final String SEVERITY = "severity";
    public static final String EXCLUDE = "exclude";
    public static final String ONLY_KINDS = "only-kinds";
    public static final String EXCEPT_KINDS = "except-kinds";

    private RuleOptionsBinder() {
    }

    /**
     * Binds {@code data} over {@code base}: keys given replace the base's values, others keep them.
     *
     * @throws OptionException naming the offending key and what was expected
     */
    public static RuleSettings bind(RuleMeta meta, RuleSettings base, Map<String, Object> data) {
        return bind(meta, base, data, Path.of(""));
    }

    /**
     * As {@link #bind(RuleMeta, RuleSettings, Map)}, reading the files that file options name
     * relative to {@code baseDirectory} (the directory of the configuration file).
     */
    public static RuleSettings bind(RuleMeta meta, RuleSettings base, Map<String, Object> data, Path baseDirectory) {
        Severity severity = base.severity();
        List<String> exclude = base.exclude();
        List<String> onlyKinds = base.onlyKinds();
        List<String> exceptKinds = base.exceptKinds();
        Map<String, Object> options = new LinkedHashMap<>(base.options());
        for (Map.Entry<String, Object> entry : data.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals(SEVERITY)) {
                severity = readSeverity(value);
            } else if (key.equals(EXCLUDE)) {
                exclude = OptionType.stringList().read(value);
            } else if (key.equals(ONLY_KINDS)) {
                onlyKinds = OptionType.stringList().read(value);
            } else if (key.equals(EXCEPT_KINDS)) {
                exceptKinds = OptionType.stringList().read(value);
            } else {
                OptionSpec<?> spec = meta.option(key).orElseThrow(() -> unknownOption(meta, key));
                options.put(key, spec.type() instanceof OptionType.FileContent<?> file
                        ? readFile(spec, file, value, baseDirectory) : readOption(spec, value));
            }
        }
        return new RuleSettings(severity, options, exclude, onlyKinds, exceptKinds);
    }

    /** The names a rule's configuration accepts: the engine's own keys, then the rule's options. */
    public static List<String> acceptedKeys(RuleMeta meta) {
        List<String> keys = new ArrayList<>(List.of(SEVERITY, EXCLUDE, ONLY_KINDS, EXCEPT_KINDS));
        meta.options().forEach(o -> keys.add(o.name()));
        return keys;
    }

    private static Object readFile(OptionSpec<?> spec, OptionType.FileContent<?> type, Object value, Path baseDirectory) {
        String path = OptionType.asString(value);
        if (path.isBlank()) {
            return type.none();
        }
        Path file = baseDirectory.resolve(path);
        try {
            return type.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OptionException("option '" + spec.name() + "': cannot read " + file + " ("
                    + (e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName()) + ")");
        } catch (OptionException e) {
            throw new OptionException("option '" + spec.name() + "': " + path + ": " + e.getMessage());
        }
    }

    private static Object readOption(OptionSpec<?> spec, Object value) {
        try {
            return spec.read(value);
        } catch (OptionException e) {
            throw new OptionException("option '" + spec.name() + "': " + e.getMessage());
        }
    }

    private static Severity readSeverity(Object value) {
        String text = String.valueOf(value);
        return Severity.fromId(text).orElseThrow(() -> new OptionException("unknown severity '" + text
                + "' (expected error, warning, info or off)"
                + ClosestName.suggestion(text, List.of("error", "warning", "info", "off"))));
    }

    private static OptionException unknownOption(RuleMeta meta, String key) {
        return new OptionException("unknown option '" + key + "' for rule " + meta.id()
                + ClosestName.suggestion(key, acceptedKeys(meta)));
    }
}

package dev.pgdl.rules.support;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Regular expressions given in options: validated when configured, compiled once when used. */
public final class Regexes {

    /** Options hold patterns as text; compiling one per column checked made large schemas slow. */
    private static final Map<String, LiteralRegex> COMPILED = new ConcurrentHashMap<>();

    private Regexes() {
    }

    /** Whether a pattern that {@link #allValid} accepted is found in {@code text}, as a matcher would find it. */
    public static boolean finds(String pattern, String text) {
        return COMPILED.computeIfAbsent(pattern, LiteralRegex::of).test(text);
    }

    public static boolean allValid(Collection<String> patterns) {
        try {
            patterns.forEach(Pattern::compile);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}

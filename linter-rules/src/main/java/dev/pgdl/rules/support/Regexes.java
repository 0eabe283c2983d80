package dev.pgdl.rules.support;

import java.util.Collection;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Validation of regular expressions given in options. */
public final class Regexes {

    private Regexes() {
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

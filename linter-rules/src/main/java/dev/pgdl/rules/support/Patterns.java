package dev.pgdl.rules.support;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Regular expressions and name globs given in options. */
public final class Patterns {

    private Patterns() {
    }

    /** Whether every expression is a valid regular expression: an option constraint. */
    public static boolean allCompile(List<String> expressions) {
        try {
            compileIgnoringCase(expressions);
            return true;
        } catch (PatternSyntaxException invalid) {
            return false;
        }
    }

    public static List<Pattern> compileIgnoringCase(List<String> expressions) {
        return expressions.stream().map(e -> Pattern.compile(e, Pattern.CASE_INSENSITIVE)).toList();
    }

    /** A name pattern of an option, {@code *} for any run of characters and {@code ?} for one: {@code tenant_*}. */
    public static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            regex.append(switch (c) {
                case '*' -> ".*";
                case '?' -> ".";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return Pattern.compile(regex.toString());
    }
}

package dev.pgdl.rules.support;

import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Naming patterns of options such as {@code pk_{table}} or {@code idx_{nn}_{table}}: literal text
 * with placeholders, {@code {nn}} standing for a serial number.
 */
public final class NamePatterns {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final String NUMBER = "nn";

    private NamePatterns() {
    }

    /**
     * Whether {@code name} is {@code pattern} with each placeholder replaced by one of its values
     * ({@code {nn}} by digits); an unknown placeholder matches nothing.
     */
    public static boolean matches(String pattern, String name, Map<String, ? extends Collection<String>> values) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int literalStart = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(pattern.substring(literalStart, placeholder.start())));
            regex.append(alternatives(placeholder.group(1), values));
            literalStart = placeholder.end();
        }
        regex.append(Pattern.quote(pattern.substring(literalStart)));
        return Pattern.compile(regex.toString()).matcher(name).matches();
    }

    /** The pattern with {@code {table}} filled in, for messages: {@code pk_{table}} → {@code pk_t_order}. */
    public static String fill(String pattern, String table) {
        return pattern.replace("{table}", table);
    }

    private static String alternatives(String placeholder, Map<String, ? extends Collection<String>> values) {
        if (placeholder.equals(NUMBER)) {
            return "[0-9]+";
        }
        Collection<String> choices = values.get(placeholder);
        if (choices == null || choices.isEmpty()) {
            return "(?!)";
        }
        return choices.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }
}

package dev.pgdl.core.api;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway placeholders: {@code ${name}} in a migration is replaced by its value before the file is
 * read, as Flyway does before running it. Flyway's own {@code ${flyway:…}} placeholders that do
 * not depend on a connection have Flyway's defaults.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

    private Placeholders() {
    }

    /** The text with every placeholder replaced; an undefined one stays as it is and adds an error line. */
    static String substitute(String file, String text, Map<String, String> values, List<String> errors) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.containsKey(name) ? values.get(name) : builtIn(name, file);
            if (value == null) {
                errors.add(file + ":" + position(text, matcher.start()) + ": error: placeholder ${" + name
                        + "} is not defined; pass --placeholder " + name + "=VALUE or set it under placeholders: in pgdl.yml");
                value = matcher.group();
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String builtIn(String name, String file) {
        return switch (name) {
            case "flyway:defaultSchema" -> "public";
            case "flyway:table" -> "flyway_schema_history";
            case "flyway:filename" -> file.substring(file.lastIndexOf('/') + 1);
            default -> null;
        };
    }

    private static String position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line + ":" + (offset - lineStart + 1);
    }
}

package dev.pgdl.core.catalog;

import dev.pgdl.core.model.ExclusionElement;

import java.util.ArrayList;
import java.util.List;

/** The parts of {@code EXCLUDE USING gist (a WITH =, daterange(s, e) WITH &&) WHERE (p)} as pg_get_constraintdef prints it. */
final class ExclusionDefinition {

    private ExclusionDefinition() {
    }

    static String method(String definition) {
        String[] words = definition.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equalsIgnoreCase("USING")) {
                return words[i + 1].toLowerCase();
            }
        }
        return "btree";
    }

    static List<ExclusionElement> elements(String definition) {
        int open = definition.indexOf('(');
        int close = matching(definition, open);
        List<ExclusionElement> elements = new ArrayList<>();
        for (String element : splitTopLevel(definition.substring(open + 1, close))) {
            int with = element.toUpperCase().lastIndexOf(" WITH ");
            if (with > 0) {
                elements.add(new ExclusionElement(element.substring(0, with).strip(), element.substring(with + 6).strip()));
            }
        }
        return elements;
    }

    static String predicate(String definition) {
        int where = definition.toUpperCase().lastIndexOf(" WHERE (");
        return where < 0 ? null : definition.substring(where + 8, definition.length() - 1).strip();
    }

    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        return parts;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return text.length();
    }
}

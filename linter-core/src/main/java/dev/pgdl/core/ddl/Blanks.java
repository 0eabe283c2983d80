package dev.pgdl.core.ddl;

/**
 * Blanks in written SQL without a regular expression per call: each run made one space, as
 * {@code replaceAll("\\s+", " ")} does (most column types and defaults have none to collapse, and are
 * returned as they are), or the first word.
 */
final class Blanks {

    private Blanks() {
    }

    static String collapse(String text) {
        int first = firstToCollapse(text);
        if (first < 0) {
            return text;
        }
        StringBuilder collapsed = new StringBuilder(text.length()).append(text, 0, first);
        boolean inRun = false;
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isBlank(c)) {
                collapsed.append(c);
                inRun = false;
            } else if (!inRun) {
                collapsed.append(' ');
                inRun = true;
            }
        }
        return collapsed.toString();
    }

    /** The text up to its first blank, as {@code split("\\s+")[0]} gives it. */
    static String firstWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isBlank(text.charAt(i))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    /** Where the first run of blanks starts that is not a single space, or -1. */
    private static int firstToCollapse(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c) && (c != ' ' || i + 1 < text.length() && isBlank(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    /** The characters of {@code \s}. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

package dev.pgdl.rules.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds a regular expression of an option in a name ({@link java.util.regex.Matcher#find}) as
 * its compiled pattern would. Most such expressions only say that a name starts with, ends with,
 * is or contains one of a few texts ({@code _at$}, {@code ^(is|has)_}); those are found by
 * comparing text, since rules ask it of every column and a matcher per column and expression
 * cost a tenth of a check. Any other expression is found by the compiled pattern.
 */
final class LiteralRegex implements Predicate<String> {

    /** An expansion into more texts than this is left to the compiled pattern. */
    private static final int MAX_TEXTS = 16;

    private final Pattern pattern;
    /** The texts the expression stands for, or null when it is not a literal one. */
    private final String[] texts;
    private final boolean atStart;
    private final boolean atEnd;

    private LiteralRegex(Pattern pattern, String[] texts, boolean atStart, boolean atEnd) {
        this.pattern = pattern;
        this.texts = texts;
        this.atStart = atStart;
        this.atEnd = atEnd;
    }

    static LiteralRegex of(String regex) {
        boolean atStart = regex.startsWith("^");
        boolean atEnd = regex.endsWith("$") && regex.length() > (atStart ? 1 : 0);
        String body = regex.substring(atStart ? 1 : 0, regex.length() - (atEnd ? 1 : 0));
        return new LiteralRegex(Pattern.compile(regex), texts(body), atStart, atEnd);
    }

    @Override
    public boolean test(String name) {
        if (texts == null || atEnd && endsWithLineTerminator(name)) {
            return pattern.matcher(name).find();
        }
        for (String text : texts) {
            if (atStart && atEnd ? name.equals(text)
                    : atStart ? name.startsWith(text) : atEnd ? name.endsWith(text) : name.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The texts of letters, digits, underscores and groups of alternatives of those
     * ({@code (is|has)_} → {@code is_}, {@code has_}); null for any other expression.
     */
    private static String[] texts(String body) {
        List<String> texts = List.of("");
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            List<String> next;
            if (isLiteral(c)) {
                next = List.of(String.valueOf(c));
                i++;
            } else if (c == '(' && body.indexOf(')', i) > 0) {
                int close = body.indexOf(')', i);
                next = List.of(body.substring(i + 1, close).split("\\|", -1));
                if (!next.stream().allMatch(alternative -> alternative.chars().allMatch(LiteralRegex::isLiteral))) {
                    return null;
                }
                i = close + 1;
            } else {
                return null;
            }
            if (texts.size() * next.size() > MAX_TEXTS) {
                return null;
            }
            List<String> joined = new ArrayList<>();
            for (String text : texts) {
                next.forEach(following -> joined.add(text + following));
            }
            texts = joined;
        }
        return texts.toArray(String[]::new);
    }

    private static boolean isLiteral(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Before a final line terminator, {@code $} matches too: such names take the compiled pattern. */
    private static boolean endsWithLineTerminator(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char last = name.charAt(name.length() - 1);
        return last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }
}

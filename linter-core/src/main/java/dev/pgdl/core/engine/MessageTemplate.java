package dev.pgdl.core.engine;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * A message pattern of a bundle, formatted exactly as {@link MessageFormat} formats it. Most
 * patterns only place text arguments ({@code Column {0} uses {1}; use {2}.}): those are filled in
 * by concatenation, since a report formats tens of thousands of them and MessageFormat costs
 * several times more. Patterns with quoted text or format types ({@code {0,number}}), and
 * arguments that MessageFormat would format (numbers, dates), take MessageFormat itself.
 */
final class MessageTemplate {

    private final MessageFormat format;
    /** The text before each argument and after the last, or null when the pattern is not a plain one. */
    private final String[] texts;
    private final int[] arguments;

    private MessageTemplate(MessageFormat format, String[] texts, int[] arguments) {
        this.format = format;
        this.texts = texts;
        this.arguments = arguments;
    }

    static MessageTemplate of(String pattern, Locale locale) {
        MessageFormat format = new MessageFormat(pattern, locale);
        List<String> texts = new ArrayList<>();
        List<Integer> arguments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\'' && pattern.startsWith("''", i)) {
                text.append('\'');
                i += 2;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0 || !isArgumentNumber(pattern.substring(i + 1, close))) {
                    return new MessageTemplate(format, null, null);
                }
                texts.add(text.toString());
                text.setLength(0);
                arguments.add(Integer.parseInt(pattern.substring(i + 1, close)));
                i = close + 1;
            } else if (c == '\'' || c == '}') {
                return new MessageTemplate(format, null, null);
            } else {
                text.append(c);
                i++;
            }
        }
        texts.add(text.toString());
        return new MessageTemplate(format, texts.toArray(String[]::new),
                arguments.stream().mapToInt(Integer::intValue).toArray());
    }

    private static boolean isArgumentNumber(String text) {
        return !text.isEmpty() && text.length() < 5 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    String format(Object[] values) {
        if (texts == null || !allPlain(values)) {
            synchronized (format) {
                return format.format(values);
            }
        }
        StringBuilder message = new StringBuilder(texts[0]);
        for (int i = 0; i < arguments.length; i++) {
            message.append(values[arguments[i]]).append(texts[i + 1]);
        }
        return message.toString();
    }

    /** Every placed value is there and MessageFormat would print it as {@link String#valueOf} does. */
    private boolean allPlain(Object[] values) {
        for (int argument : arguments) {
            if (argument >= values.length || values[argument] instanceof Number || values[argument] instanceof Date) {
                return false;
            }
        }
        return true;
    }
}

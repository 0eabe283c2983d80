package dev.pgdl.rules.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Naming patterns of options such as {@code pk_{table}} or {@code idx_{nn}_{table}}: literal text
 * with placeholders, {@code {nn}} standing for a serial number.
 */
public final class NamePatterns {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final String NUMBER = "nn";

    /** A rule asks a pattern of every index or sequence: each is split into its pieces once. */
    private static final Map<String, List<Piece>> PIECES = new ConcurrentHashMap<>();

    /** Literal text, or the name of a placeholder. */
    private record Piece(String text, boolean placeholder) {
    }

    private NamePatterns() {
    }

    /**
     * Whether {@code name} is {@code pattern} with each placeholder replaced by one of its values
     * ({@code {nn}} by digits); an unknown placeholder matches nothing.
     */
    public static boolean matches(String pattern, String name, Map<String, ? extends Collection<String>> values) {
        return matchesFrom(PIECES.computeIfAbsent(pattern, NamePatterns::pieces), 0, name, 0, values);
    }

    /** The pattern with {@code {table}} filled in, for messages: {@code pk_{table}} → {@code pk_t_order}. */
    public static String fill(String pattern, String table) {
        return pattern.replace("{table}", table);
    }

    private static List<Piece> pieces(String pattern) {
        List<Piece> pieces = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int literalStart = 0;
        while (placeholder.find()) {
            pieces.add(new Piece(pattern.substring(literalStart, placeholder.start()), false));
            pieces.add(new Piece(placeholder.group(1), true));
            literalStart = placeholder.end();
        }
        pieces.add(new Piece(pattern.substring(literalStart), false));
        return List.copyOf(pieces);
    }

    /** Whether the pieces from {@code piece} on match the name from {@code at} on, backtracking over placeholders. */
    private static boolean matchesFrom(List<Piece> pieces, int piece, String name, int at,
                                       Map<String, ? extends Collection<String>> values) {
        if (piece == pieces.size()) {
            return at == name.length();
        }
        Piece current = pieces.get(piece);
        if (!current.placeholder()) {
            return name.startsWith(current.text(), at)
                    && matchesFrom(pieces, piece + 1, name, at + current.text().length(), values);
        }
        if (current.text().equals(NUMBER)) {
            for (int end = at; end < name.length() && isDigit(name.charAt(end)); end++) {
                if (matchesFrom(pieces, piece + 1, name, end + 1, values)) {
                    return true;
                }
            }
            return false;
        }
        Collection<String> choices = values.get(current.text());
        if (choices != null) {
            for (String choice : choices) {
                if (name.startsWith(choice, at) && matchesFrom(pieces, piece + 1, name, at + choice.length(), values)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

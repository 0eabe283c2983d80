package dev.pgdl.core.api;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order a migration tool applies a directory's files in, from their names: Flyway
 * ({@code V1__a.sql} by numeric version, {@code R__} repeatables after, {@code U} undo files only when
 * asked), golang-migrate ({@code 000001_x.up.sql}; {@code .down.sql} left out), otherwise a natural
 * sort of the relative paths ({@code 2} before {@code 10}).
 */
final class MigrationOrder {

    /** Which tool's naming a set follows. */
    enum Style { FLYWAY, GOLANG_MIGRATE, NATURAL }

    /**
     * @param files   relative names in migration order
     * @param ignored relative names left out, each with the reason
     * @param errors  what makes the order ambiguous (two files with one version)
     */
    record Ordered(Style style, List<String> files, List<String> ignored, List<String> errors) {
    }

    private static final Pattern FLYWAY = Pattern.compile("(?i)([VU])(\\d+(?:[._]\\d+)*)__.*\\.sql|(R)__.*\\.sql");
    private static final Pattern GOLANG_MIGRATE = Pattern.compile("(?i)(\\d+)_(.*)\\.(up|down)\\.sql");

    private MigrationOrder() {
    }

    /** Whether a file name follows Flyway's or golang-migrate's versioned naming. */
    static boolean isVersioned(String name) {
        String file = fileName(name);
        return FLYWAY.matcher(file).matches() || GOLANG_MIGRATE.matcher(file).matches();
    }

    static Ordered order(List<String> names, boolean includeUndo) {
        if (names.stream().anyMatch(n -> FLYWAY.matcher(fileName(n)).matches()
                && Character.toUpperCase(fileName(n).charAt(0)) == 'V')) {
            return flyway(names, includeUndo);
        }
        if (names.stream().anyMatch(n -> GOLANG_MIGRATE.matcher(fileName(n)).matches())) {
            return golangMigrate(names);
        }
        return new Ordered(Style.NATURAL, names.stream().sorted(MigrationOrder::natural).toList(), List.of(), List.of());
    }

    private static Ordered flyway(List<String> names, boolean includeUndo) {
        List<Versioned> versioned = new ArrayList<>();
        List<Versioned> undo = new ArrayList<>();
        List<String> repeatable = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String name : names) {
            Matcher matcher = FLYWAY.matcher(fileName(name));
            if (!matcher.matches()) {
                ignored.add(name + " (not named as a Flyway migration, V<version>__<description>.sql)");
                continue;
            }
            switch (matcher.group(3) != null ? 'R' : Character.toUpperCase(matcher.group(1).charAt(0))) {
                case 'R' -> repeatable.add(name);
                case 'U' -> undo.add(new Versioned(version(matcher.group(2)), name));
                default -> versioned.add(new Versioned(version(matcher.group(2)), name));
            }
        }
        List<String> errors = duplicates(versioned);
        List<String> files = new ArrayList<>(versioned.stream().sorted().map(Versioned::name).toList());
        repeatable.stream().sorted(Comparator.comparing((String n) -> fileName(n).substring(3).toLowerCase(Locale.ROOT)))
                .forEach(files::add);
        if (includeUndo) {
            errors.addAll(duplicates(undo));
            undo.stream().sorted(Comparator.reverseOrder()).map(Versioned::name).forEach(files::add);
        } else {
            undo.forEach(u -> ignored.add(u.name() + " (undo migration; --include-undo checks it)"));
        }
        return new Ordered(Style.FLYWAY, files, ignored, errors);
    }

    private static Ordered golangMigrate(List<String> names) {
        List<Versioned> up = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String name : names) {
            Matcher matcher = GOLANG_MIGRATE.matcher(fileName(name));
            if (!matcher.matches()) {
                ignored.add(name + " (not named as a golang-migrate migration, <version>_<title>.up.sql)");
            } else if (matcher.group(3).equalsIgnoreCase("down")) {
                ignored.add(name + " (down migration)");
            } else {
                up.add(new Versioned(List.of(new BigInteger(matcher.group(1))), name));
            }
        }
        return new Ordered(Style.GOLANG_MIGRATE, up.stream().sorted().map(Versioned::name).toList(), ignored,
                duplicates(up));
    }

    private static List<String> duplicates(List<Versioned> files) {
        Map<List<BigInteger>, String> byVersion = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (Versioned file : files) {
            String earlier = byVersion.putIfAbsent(file.version(), file.name());
            if (earlier != null) {
                errors.add(file.name() + ": error: version " + Versioned.text(file.version()) + " is also the version of "
                        + earlier + "; a migration version must be unique");
            }
        }
        return errors;
    }

    /** Flyway's version: numbers separated by {@code .} or {@code _}, trailing zeros not significant ({@code 1.0} = {@code 1}). */
    private static List<BigInteger> version(String written) {
        List<BigInteger> parts = new ArrayList<>();
        for (String part : written.split("[._]")) {
            parts.add(new BigInteger(part));
        }
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return List.copyOf(parts);
    }

    private static String fileName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Runs of digits compare as numbers, other text case-insensitively; the plain text breaks ties. */
    static int natural(String a, String b) {
        List<String> left = chunks(a);
        List<String> right = chunks(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            boolean digits = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int compared = digits ? new BigInteger(x).compareTo(new BigInteger(y))
                    : x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
            if (compared != 0) {
                return compared;
            }
        }
        return left.size() != right.size() ? Integer.compare(left.size(), right.size()) : a.compareTo(b);
    }

    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        Matcher matcher = Pattern.compile("\\d+|\\D+").matcher(text);
        while (matcher.find()) {
            chunks.add(matcher.group());
        }
        return chunks;
    }

    private record Versioned(List<BigInteger> version, String name) implements Comparable<Versioned> {

        @Override
        public int compareTo(Versioned other) {
            for (int i = 0; i < Math.max(version.size(), other.version.size()); i++) {
                BigInteger a = i < version.size() ? version.get(i) : BigInteger.ZERO;
                BigInteger b = i < other.version.size() ? other.version.get(i) : BigInteger.ZERO;
                if (a.compareTo(b) != 0) {
                    return a.compareTo(b);
                }
            }
            return name.compareTo(other.name);
        }

        static String text(List<BigInteger> version) {
            return String.join(".", version.stream().map(BigInteger::toString).toList());
        }
    }
}

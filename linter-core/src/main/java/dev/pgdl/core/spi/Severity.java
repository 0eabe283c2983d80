package dev.pgdl.core.spi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How much a finding matters; {@code OFF} disables a rule. Ordered from most to least severe. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    OFF;

    /** Spelled once: every finding of a report asks for it. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The spelling used in configuration files and reports: {@code error}, {@code warning}, … */
    public String id() {
        return id;
    }

    public static Optional<Severity> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst();
    }

    /** Whether this severity is at least as severe as {@code threshold} ({@code OFF} never is). */
    public boolean isAtLeast(Severity threshold) {
        return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
    }
}

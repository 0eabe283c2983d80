package dev.pgdl.maven;

import dev.pgdl.core.api.FailOn;
import dev.pgdl.core.api.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The parameters given as words in a pom or with {@code -D}, spelled as the command line spells its options. */
final class ParameterValues {

    private ParameterValues() {
    }

    static FailOn failOn(String value) throws MojoExecutionException {
        return constant(FailOn.values(), "failOn", value);
    }

    static ReportFormat reportFormat(String value) throws MojoExecutionException {
        return constant(ReportFormat.values(), "formats", value);
    }

    /** {@code en} or {@code ja}; without a value, Japanese on a Japanese system, else English. */
    static Locale language(String value) throws MojoExecutionException {
        if (value == null || value.isBlank()) {
            return Locale.getDefault().getLanguage().equals(Locale.JAPANESE.getLanguage()) ? Locale.JAPANESE
                    : Locale.ENGLISH;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "ja" -> Locale.JAPANESE;
            default -> throw new MojoExecutionException("pgdl: language is '" + value + "'; use en or ja");
        };
    }

    static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E constant(E[] constants, String parameter, String value)
            throws MojoExecutionException {
        for (E candidate : constants) {
            if (spelling(candidate).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return candidate;
            }
        }
        throw new MojoExecutionException("pgdl: " + parameter + " has '" + value + "'; use one of "
                + Arrays.stream(constants).map(ParameterValues::spelling).collect(Collectors.joining(", ")));
    }
}

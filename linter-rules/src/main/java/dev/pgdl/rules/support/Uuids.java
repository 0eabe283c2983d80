package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** UUID columns: generators in defaults, and UUIDs kept in string columns. */
public final class Uuids {

    private static final Set<String> STRING_TYPES = Set.of("character varying", "character", "text");

    private static final Pattern GENERATOR = Pattern.compile(
            "(?i)\\b(gen_random_uuid|uuid_generate_v[0-9a-z]*|uuidv[47])\\s*\\(");

    private static final Pattern RANDOM_OR_V1 = Pattern.compile(
            "(?i)\\b(gen_random_uuid|uuid_generate_v4|uuid_generate_v1|uuid_generate_v1mc)\\s*\\(");

    private Uuids() {
    }

    /** A string column named like a UUID ({@code *uuid*}) or defaulting to a UUID generator. */
    public static boolean isUuidAsString(Column column) {
        return STRING_TYPES.contains(column.type().name()) && !column.type().isArray()
                && (column.name().name().toLowerCase(Locale.ROOT).contains("uuid")
                || column.hasDefault() && GENERATOR.matcher(column.defaultExpression()).find());
    }

    /** A default calling a random (v4) or MAC/time (v1) UUID generator. */
    public static boolean isRandomOrV1Generator(String defaultExpression) {
        return defaultExpression != null && RANDOM_OR_V1.matcher(defaultExpression).find();
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.TypeOrigin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a type as written ({@code VARCHAR (255)}, {@code int4[]}, {@code timestamp(3) with time
 * zone}, {@code public."Mood"}) into a {@link DataType} with PostgreSQL's canonical name.
 */
final class TypeNormalizer {

    private static final Pattern ARRAY_SUFFIX = Pattern.compile("(\\s*\\[\\s*\\d*\\s*])+$|\\s+array(\\s*\\[\\s*\\d*\\s*])?$",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"), Map.entry("float4", "real"), Map.entry("float8", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("bool", "boolean"), Map.entry("varchar", "character varying"),
            Map.entry("char varying", "character varying"), Map.entry("char", "character"),
            Map.entry("bpchar", "character"), Map.entry("varbit", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"), Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"));

    private static final Set<String> SERIALS = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");

    private static final Set<String> LENGTH_TYPES = Set.of("character varying", "character", "bit", "bit varying");

    private static final Set<String> BUILT_IN = Set.of("smallint", "integer", "bigint", "numeric", "real",
            "double precision", "money", "character varying", "character", "text", "\"char\"", "name", "bytea",
            "timestamp without time zone", "timestamp with time zone", "date", "time without time zone",
            "time with time zone", "interval", "boolean", "point", "line", "lseg", "box", "path", "polygon", "circle",
            "cidr", "inet", "macaddr", "macaddr8", "bit", "bit varying", "tsvector", "tsquery", "uuid", "xml", "json",
            "jsonb", "jsonpath", "int4range", "int8range", "numrange", "tsrange", "tstzrange", "daterange",
            "int4multirange", "int8multirange", "nummultirange", "tsmultirange", "tstzmultirange", "datemultirange",
            "oid", "regclass", "regproc", "regprocedure", "regtype", "regrole", "regnamespace", "regconfig",
            "pg_lsn", "txid_snapshot", "pg_snapshot", "record", "void", "trigger", "event_trigger", "anyelement",
            "anyarray", "cstring", "internal", "xid", "xid8", "cid", "tid", "refcursor", "smgr", "aclitem");

    private static final Set<String> EXTENSION_TYPES = Set.of("ltree", "lquery", "ltxtquery", "hstore", "citext",
            "cube", "earth", "geometry", "geography", "box2d", "box3d", "raster", "vector", "halfvec", "sparsevec",
            "lo", "isbn", "isbn13", "issn", "issn13", "ean13", "upc", "ismn", "ismn13", "seg", "gtsvector");

    private TypeNormalizer() {
    }

    /**
     * @param written      the type as written
     * @param userTypes    what the schema defines under a schema-qualified name, if anything
     * @param defaultSchema the schema an unqualified user type resolves to
     */
    static DataType normalize(String written, Function<String, TypeOrigin> userTypes, String defaultSchema) {
        String type = Blanks.collapse(written.strip());
        int arrayDimensions = 0;
        Matcher array = mayBeArray(type) ? ARRAY_SUFFIX.matcher(type) : null;
        if (array != null && array.find()) {
            String suffix = array.group();
            arrayDimensions = Math.max(1, (int) suffix.chars().filter(c -> c == '[').count());
            type = type.substring(0, array.start()).strip();
        }
        List<String> modifiers = new ArrayList<>();
        int open = innermostGroup(type);
        if (open >= 0) {
            int close = type.indexOf(')', open);
            for (String modifier : type.substring(open + 1, close).split(",")) {
                modifiers.add(modifier.strip());
            }
            type = Blanks.collapse((type.substring(0, open) + " " + type.substring(close + 1)).strip());
        }
        if (type.startsWith("\"") || type.contains(".")) {
            return userType(type, written, arrayDimensions, userTypes, defaultSchema);
        }
        String lower = type.toLowerCase(Locale.ROOT);
        String name = canonical(lower, modifiers);
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (LENGTH_TYPES.contains(name)) {
            length = integer(modifiers, 0);
            if (length == null && name.equals("character") && !lower.equals("bpchar")) {
                length = 1;
            }
        } else if (name.equals("numeric")) {
            precision = integer(modifiers, 0);
            scale = precision == null ? null : integer(modifiers, 1) == null ? Integer.valueOf(0) : integer(modifiers, 1);
        } else if (!name.equals("real") && !name.equals("double precision")) {
            precision = integer(modifiers, 0);
        }
        TypeOrigin origin = BUILT_IN.contains(name) ? TypeOrigin.BUILT_IN
                : resolveUserType(name, userTypes, defaultSchema);
        String canonicalName = origin == TypeOrigin.BUILT_IN || origin == TypeOrigin.EXTENSION
                || origin == TypeOrigin.UNKNOWN ? name : defaultSchema + "." + name;
        return new DataType(canonicalName, length, precision, scale, arrayDimensions, origin, written.strip());
    }

    /** Where the first parenthesized group without parentheses inside opens ({@code varchar(20)}), or -1. */
    private static int innermostGroup(String type) {
        int open = type.indexOf('(');
        while (open >= 0) {
            int close = type.indexOf(')', open);
            int nextOpen = type.indexOf('(', open + 1);
            if (close < 0) {
                return -1;
            }
            if (nextOpen < 0 || nextOpen > close) {
                return open;
            }
            open = nextOpen;
        }
        return -1;
    }

    /** Most types are not arrays: a look at the last character spares them the suffix pattern. */
    private static boolean mayBeArray(String type) {
        return type.endsWith("]") || type.regionMatches(true, type.length() - "array".length(), "array", 0, 5);
    }

    /** Whether the type is one of PostgreSQL's own by name, which no schema changes. */
    static boolean isBuiltIn(DataType type) {
        return BUILT_IN.contains(type.name());
    }

    static boolean isSerial(String written) {
        return SERIALS.contains(written.strip().toLowerCase(Locale.ROOT));
    }

    private static String canonical(String lower, List<String> modifiers) {
        if (lower.startsWith("float") && !lower.equals("float4") && !lower.equals("float8")) {
            Integer bits = integer(modifiers, 0);
            return bits != null && bits <= 24 ? "real" : "double precision";
        }
        if (lower.endsWith(" with time zone") || lower.endsWith(" without time zone")) {
            return lower;
        }
        return ALIASES.getOrDefault(lower, lower);
    }

    private static DataType userType(String type, String written, int arrayDimensions,
                                     Function<String, TypeOrigin> userTypes, String defaultSchema) {
        List<String> parts = splitQualified(type);
        String schema = parts.size() > 1 ? parts.get(0) : defaultSchema;
        String name = parts.get(parts.size() - 1);
        if (schema.equals("pg_catalog")) {
            DataType builtIn = normalize(written.strip().replaceFirst("(?i)^\"?pg_catalog\"?\\.", ""), userTypes,
                    defaultSchema);
            return new DataType(builtIn.name(), builtIn.length(), builtIn.precision(), builtIn.scale(),
                    builtIn.arrayDimensions(), builtIn.origin(), written.strip());
        }
        TypeOrigin origin = userTypes.apply(schema + "." + name);
        if (origin == TypeOrigin.UNKNOWN && EXTENSION_TYPES.contains(name)) {
            origin = TypeOrigin.EXTENSION;
        }
        return new DataType(schema + "." + name, null, null, null, arrayDimensions, origin, written.strip());
    }

    private static TypeOrigin resolveUserType(String name, Function<String, TypeOrigin> userTypes, String defaultSchema) {
        TypeOrigin defined = userTypes.apply(defaultSchema + "." + name);
        if (defined != TypeOrigin.UNKNOWN) {
            return defined;
        }
        return EXTENSION_TYPES.contains(name) ? TypeOrigin.EXTENSION : TypeOrigin.UNKNOWN;
    }

    private static List<String> splitQualified(String type) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : type.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                part.append(c);
            } else if (c == '.' && !quoted) {
                parts.add(Identifier.fromSql(part.toString().strip()).name());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(Identifier.fromSql(part.toString().strip()).name());
        return parts;
    }

    private static Integer integer(List<String> modifiers, int index) {
        if (index >= modifiers.size()) {
            return null;
        }
        try {
            return Integer.valueOf(modifiers.get(index));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

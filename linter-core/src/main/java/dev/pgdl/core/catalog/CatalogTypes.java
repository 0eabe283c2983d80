package dev.pgdl.core.catalog;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.TypeOrigin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types as the catalog states them. The SQL fragments read, for a type oid and typmod, the
 * canonical name of its element type (PostgreSQL's own spelling for built-in types, schema-qualified
 * for others), where it comes from, and {@code format_type} with modifiers: joins rather than
 * subqueries, so that a read of many columns looks each type up in one pass.
 */
final class CatalogTypes {

    /** Joins the type as {@code ty}, its element type (itself unless an array) as {@code et} and the latter's schema as {@code en}. */
    static String joins(String typeOid) {
        return """
                JOIN pg_type ty ON ty.oid = %s
                JOIN pg_type et ON et.oid = CASE WHEN ty.typelem <> 0 AND ty.typlen = -1 THEN ty.typelem ELSE ty.oid END
                JOIN pg_namespace en ON en.oid = et.typnamespace""".formatted(typeOid);
    }

    /** Columns {@code type_name, type_origin, type_written}; needs the {@link #joins}. */
    static String columns(String typeOid, String typmod) {
        return """
                CASE WHEN en.nspname = 'pg_catalog' THEN format_type(et.oid, NULL) ELSE en.nspname || '.' || et.typname END
                    AS type_name,
                CASE WHEN et.typtype = 'e' THEN 'ENUM' WHEN et.typtype = 'd' THEN 'DOMAIN'
                     WHEN et.typtype = 'c' THEN 'COMPOSITE' WHEN et.typtype IN ('r', 'm') THEN 'RANGE'
                     WHEN et.oid IN (SELECT dp.objid FROM pg_depend dp WHERE dp.classid = 'pg_type'::regclass
                                     AND dp.deptype = 'e') THEN 'EXTENSION'
                     WHEN en.nspname = 'pg_catalog' THEN 'BUILT_IN' ELSE 'UNKNOWN' END AS type_origin,
                format_type(%s, %s) AS type_written""".formatted(typeOid, typmod);
    }

    private static final Pattern MODIFIERS = Pattern.compile("\\(([^()]*)\\)");

    private CatalogTypes() {
    }

    /** Reads the types of one catalog read, parsing each distinct one once however many columns have it. */
    static final class Reader {

        private final Map<List<String>, DataType> parsed = new HashMap<>();

        DataType read(ResultSet row) throws SQLException {
            String name = row.getString("type_name");
            String written = row.getString("type_written");
            String origin = row.getString("type_origin");
            return parsed.computeIfAbsent(List.of(name, written, origin), key -> parse(name, written, origin));
        }
    }

    private static DataType parse(String name, String written, String origin) {
        int arrayDimensions = Math.max(written.endsWith("]") ? 1 : 0, countBrackets(written));
        Integer first = null;
        Integer second = null;
        Matcher modifiers = MODIFIERS.matcher(written);
        if (modifiers.find()) {
            String[] parts = modifiers.group(1).split(",");
            first = integer(parts[0]);
            second = parts.length > 1 ? integer(parts[1]) : null;
        }
        boolean lengthType = name.equals("character varying") || name.equals("character") || name.startsWith("bit");
        boolean numeric = name.equals("numeric");
        return new DataType(name, lengthType ? first : null, lengthType ? null : first, numeric ? second : null,
                arrayDimensions, TypeOrigin.valueOf(origin), written);
    }

    private static int countBrackets(String written) {
        return (int) written.chars().filter(c -> c == '[').count();
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

package dev.pgdl.core.catalog;

import dev.pgdl.core.model.ColumnRef;
import dev.pgdl.core.model.Domain;
import dev.pgdl.core.model.EnumType;
import dev.pgdl.core.model.Extension;
import dev.pgdl.core.model.Function;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Namespace;
import dev.pgdl.core.model.NullsOrder;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Trigger;
import dev.pgdl.core.model.View;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Indexes, views, sequences, types, routines, triggers, extensions and schemas: one query each. */
final class ObjectCatalog {

    /**
     * An index's elements in one pass over its columns; a plain column is its quoted name, which is
     * what pg_get_indexdef prints for it at a far higher price.
     */
    private static final String INDEXES = """
            SELECT n.nspname, ic.relname AS index_name, tc.relname AS table_name, am.amname, i.indisunique,
                   i.indnkeyatts, pg_get_expr(i.indpred, i.indrelid) AS predicate, ic.reloptions,
                   ds.description AS comment, COALESCE(i.indnullsnotdistinct, false) AS nulls_not_distinct,
                   e.elements, e.is_column, e.sort_options, e.opclasses
              FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
              JOIN pg_namespace n ON n.oid = tc.relnamespace JOIN pg_am am ON am.oid = ic.relam
              %s
              CROSS JOIN LATERAL (
                    SELECT array_agg(CASE WHEN i.indkey[k - 1] <> 0 THEN quote_ident(a.attname)
                                          ELSE pg_get_indexdef(i.indexrelid, k, true) END ORDER BY k) AS elements,
                           array_agg((i.indkey[k - 1] <> 0)::text ORDER BY k) AS is_column,
                           array_agg(i.indoption[k - 1] ORDER BY k) FILTER (WHERE k <= i.indnkeyatts) AS sort_options,
                           array_agg(CASE WHEN opc.opcdefault THEN '' ELSE opc.opcname END ORDER BY k)
                               FILTER (WHERE k <= i.indnkeyatts) AS opclasses
                      FROM generate_series(1, i.indnatts) k
                      LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]
                      LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k - 1]) e
             WHERE tc.relkind IN ('r', 'p', 'm') AND %s
               AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid
                                 AND con.contype IN ('p', 'u', 'x'))
               AND NOT EXISTS (SELECT 1 FROM pg_inherits h WHERE h.inhrelid = i.indexrelid)
             ORDER BY n.nspname, ic.relname
            """.formatted(CatalogQueries.commentJoin("ds", "ic.oid", "0"), CatalogQueries.USER_SCHEMA);

    private static final String VIEWS = """
            SELECT n.nspname, c.relname, c.relkind = 'm' AS materialized, c.relpersistence = 't' AS temporary,
                   pg_get_viewdef(c.oid, true) AS query, ds.description AS comment,
                   ref.schemas AS reference_schemas, ref.names AS reference_names
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              %s
              CROSS JOIN LATERAL (
                    SELECT array_agg(rn.nspname ORDER BY rn.nspname, rc.relname) AS schemas,
                           array_agg(rc.relname ORDER BY rn.nspname, rc.relname) AS names
                      FROM (SELECT DISTINCT d.refobjid FROM pg_rewrite r JOIN pg_depend d
                                 ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid
                             WHERE r.ev_class = c.oid AND d.refobjid <> c.oid) dr
                      JOIN pg_class rc ON rc.oid = dr.refobjid JOIN pg_namespace rn ON rn.oid = rc.relnamespace
                     WHERE rc.relkind IN ('r', 'p', 'v', 'm', 'f')) ref
             WHERE c.relkind IN ('v', 'm') AND %s AND %s
             ORDER BY n.nspname, c.relname
            """.formatted(CatalogQueries.commentJoin("ds", "c.oid", "0"), CatalogQueries.USER_SCHEMA,
            CatalogQueries.notFromExtension("pg_class", "c.oid"));

    private static final String SEQUENCES = """
            SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL) AS data_type, d.deptype,
                   dn.nspname AS owner_schema, dc.relname AS owner_table, a.attname AS owner_column
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_sequence s ON s.seqrelid = c.oid
              LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
                    AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
              LEFT JOIN pg_class dc ON dc.oid = d.refobjid LEFT JOIN pg_namespace dn ON dn.oid = dc.relnamespace
              LEFT JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
             WHERE c.relkind = 'S' AND %s AND %s
             ORDER BY n.nspname, c.relname
            """.formatted(CatalogQueries.USER_SCHEMA, CatalogQueries.notFromExtension("pg_class", "c.oid"));

    private static final String ENUMS = """
            SELECT n.nspname, ty.typname,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = ty.oid ORDER BY e.enumsortorder) AS labels
              FROM pg_type ty JOIN pg_namespace n ON n.oid = ty.typnamespace
             WHERE ty.typtype = 'e' AND %s AND %s
             ORDER BY n.nspname, ty.typname
            """.formatted(CatalogQueries.USER_SCHEMA, CatalogQueries.notFromExtension("pg_type", "ty.oid"));

    private static final String DOMAINS = """
            SELECT n.nspname, d.typname, d.typnotnull, d.typdefault,
                   ARRAY(SELECT pg_get_expr(con.conbin, 0) FROM pg_constraint con
                          WHERE con.contypid = d.oid AND con.contype = 'c' ORDER BY con.conname) AS checks, %s
              FROM pg_type d JOIN pg_namespace n ON n.oid = d.typnamespace %s
             WHERE d.typtype = 'd' AND %s AND %s
             ORDER BY n.nspname, d.typname
            """.formatted(CatalogTypes.columns("d.typbasetype", "d.typtypmod"), CatalogTypes.joins("d.typbasetype"),
            CatalogQueries.USER_SCHEMA,
            CatalogQueries.notFromExtension("pg_type", "d.oid"));

    /** A BEGIN ATOMIC body (PostgreSQL 14+) is not in prosrc; pg_get_functiondef, which every version has, prints it. */
    private static final String SQL_STANDARD_BODY =
            "CASE WHEN p.prosrc = '' THEN COALESCE(substring(pg_get_functiondef(p.oid) FROM 'BEGIN ATOMIC.*'), '')"
            + " ELSE p.prosrc END";

    private static final String FUNCTIONS = """
            SELECT n.nspname, p.proname, pg_get_function_arguments(p.oid) AS arguments,
                   CASE WHEN p.prokind = 'p' THEN NULL ELSE pg_get_function_result(p.oid) END AS returns,
                   l.lanname, %s AS prosrc, p.prokind = 'p' AS procedure, p.prosecdef, p.proconfig, p.provolatile
              FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang
             WHERE p.prokind IN ('f', 'p') AND %s AND %s
             ORDER BY n.nspname, p.proname, arguments
            """.formatted(SQL_STANDARD_BODY, CatalogQueries.USER_SCHEMA, CatalogQueries.notFromExtension("pg_proc", "p.oid"));

    private static final String TRIGGERS = """
            SELECT n.nspname, c.relname, t.tgname, t.tgtype, pn.nspname AS function_schema, p.proname
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace
             WHERE NOT t.tgisinternal AND t.tgparentid = 0 AND %s
             ORDER BY n.nspname, c.relname, t.tgname
            """.formatted(CatalogQueries.USER_SCHEMA);

    private static final String EVENT_TRIGGERS = """
            SELECT e.evtname, e.evtevent, pn.nspname AS function_schema, p.proname
              FROM pg_event_trigger e JOIN pg_proc p ON p.oid = e.evtfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace
             WHERE %s
             ORDER BY e.evtname
            """.formatted(CatalogQueries.notFromExtension("pg_event_trigger", "e.oid"));

    /** plpgsql, which initdb installs in every database, has an oid below FirstNormalObjectId (16384): not the design's. */
    private static final String EXTENSIONS = """
            SELECT e.extname, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
             WHERE e.oid >= 16384 ORDER BY e.extname
            """;

    private static final String NAMESPACES = """
            SELECT n.nspname, pg_get_userbyid(n.nspowner) AS owner FROM pg_namespace n
             WHERE %s AND %s ORDER BY n.nspname
            """.formatted(CatalogQueries.USER_SCHEMA, CatalogQueries.notFromExtension("pg_namespace", "n.oid"));

    /** pg_index.indoption bits of a key column. */
    private static final int INDOPTION_DESC = 1;
    private static final int INDOPTION_NULLS_FIRST = 2;

    private ObjectCatalog() {
    }

    static List<Index> indexes(CatalogQueries queries) throws SQLException {
        return queries.list(INDEXES, row -> {
            String schema = row.getString("nspname");
            int keys = row.getInt("indnkeyatts");
            List<String> definitions = CatalogQueries.strings(row, "elements");
            List<String> isColumn = CatalogQueries.strings(row, "is_column");
            List<String> opclasses = CatalogQueries.strings(row, "opclasses");
            List<String> sortOptions = CatalogQueries.strings(row, "sort_options");
            List<IndexElement> elements = new ArrayList<>();
            List<Identifier> include = new ArrayList<>();
            for (int k = 0; k < definitions.size(); k++) {
                boolean column = Boolean.parseBoolean(isColumn.get(k));
                if (k >= keys) {
                    include.add(Identifier.fromSql(definitions.get(k)));
                    continue;
                }
                String opclass = opclasses.get(k).isEmpty() ? null : opclasses.get(k);
                int sort = Integer.parseInt(sortOptions.get(k));
                boolean descending = (sort & INDOPTION_DESC) != 0;
                elements.add(new IndexElement(column ? Identifier.fromSql(definitions.get(k)) : null,
                        column ? null : definitions.get(k), opclass, null, descending,
                        nullsOrder(descending, (sort & INDOPTION_NULLS_FIRST) != 0)));
            }
            return new Index(QualifiedName.of(schema, row.getString("index_name")),
                    QualifiedName.of(schema, row.getString("table_name")), row.getString("amname"),
                    row.getBoolean("indisunique"), elements, include, row.getString("predicate"),
                    row.getBoolean("nulls_not_distinct"), TableCatalog.options(CatalogQueries.strings(row, "reloptions")),
                    false, row.getString("comment"), SourceLocation.NONE);
        });
    }

    /** NULLS FIRST or LAST as written: only when it differs from the default of the direction (DESC sorts nulls first). */
    private static NullsOrder nullsOrder(boolean descending, boolean nullsFirst) {
        if (nullsFirst == descending) {
            return NullsOrder.DEFAULT;
        }
        return nullsFirst ? NullsOrder.FIRST : NullsOrder.LAST;
    }

    static List<View> views(CatalogQueries queries) throws SQLException {
        return queries.list(VIEWS, row -> {
            List<String> schemas = CatalogQueries.strings(row, "reference_schemas");
            List<String> names = CatalogQueries.strings(row, "reference_names");
            List<QualifiedName> references = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                references.add(QualifiedName.of(schemas.get(i), names.get(i)));
            }
            // the catalog stores a view's query with * already expanded, so SELECT * cannot be seen here
            return new View(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                    row.getBoolean("materialized"), row.getBoolean("temporary"), row.getString("query"), references, false,
                    row.getString("comment"), SourceLocation.NONE);
        });
    }

    static List<Sequence> sequences(CatalogQueries queries) throws SQLException {
        return queries.list(SEQUENCES, row -> {
            String ownerTable = row.getString("owner_table");
            ColumnRef owner = ownerTable == null || row.getString("owner_column") == null ? null
                    : new ColumnRef(QualifiedName.of(row.getString("owner_schema"), ownerTable),
                    Identifier.of(row.getString("owner_column")));
            return new Sequence(QualifiedName.of(row.getString("nspname"), row.getString("relname")),
                    row.getString("data_type"), owner, "i".equals(row.getString("deptype")), SourceLocation.NONE);
        });
    }

    static List<EnumType> enums(CatalogQueries queries) throws SQLException {
        return queries.list(ENUMS, row -> new EnumType(QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                CatalogQueries.strings(row, "labels"), SourceLocation.NONE));
    }

    static List<Domain> domains(CatalogQueries queries) throws SQLException {
        CatalogTypes.Reader types = new CatalogTypes.Reader();
        return queries.list(DOMAINS, row -> new Domain(QualifiedName.of(row.getString("nspname"), row.getString("typname")),
                types.read(row), row.getBoolean("typnotnull"), row.getString("typdefault"),
                CatalogQueries.strings(row, "checks"), SourceLocation.NONE));
    }

    static List<Function> functions(CatalogQueries queries) throws SQLException {
        return queries.list(FUNCTIONS, row -> {
            Map<String, String> settings = new LinkedHashMap<>();
            for (String setting : CatalogQueries.strings(row, "proconfig")) {
                int equals = setting.indexOf('=');
                settings.put(setting.substring(0, equals), setting.substring(equals + 1));
            }
            String volatility = switch (row.getString("provolatile")) {
                case "i" -> "immutable";
                case "s" -> "stable";
                default -> "volatile";
            };
            return new Function(QualifiedName.of(row.getString("nspname"), row.getString("proname")),
                    row.getString("arguments"), row.getString("returns"), row.getString("lanname"),
                    row.getString("prosrc"), row.getBoolean("procedure"), row.getBoolean("prosecdef"), settings, volatility,
                    SourceLocation.NONE);
        });
    }

    static List<Trigger> triggers(CatalogQueries queries) throws SQLException {
        List<Trigger> triggers = new ArrayList<>(queries.list(TRIGGERS, ObjectCatalog::trigger));
        triggers.addAll(queries.list(EVENT_TRIGGERS, row -> new Trigger(Identifier.of(row.getString("evtname")), null, true,
                row.getString("evtevent"), List.of(),
                QualifiedName.of(row.getString("function_schema"), row.getString("proname")), SourceLocation.NONE)));
        return triggers;
    }

    /** tgtype bits: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate, 64 instead of. */
    private static Trigger trigger(ResultSet row) throws SQLException {
        int type = row.getInt("tgtype");
        String timing = (type & 64) != 0 ? "INSTEAD OF" : (type & 2) != 0 ? "BEFORE" : "AFTER";
        List<String> events = new ArrayList<>();
        if ((type & 4) != 0) {
            events.add("INSERT");
        }
        if ((type & 16) != 0) {
            events.add("UPDATE");
        }
        if ((type & 8) != 0) {
            events.add("DELETE");
        }
        if ((type & 32) != 0) {
            events.add("TRUNCATE");
        }
        return new Trigger(Identifier.of(row.getString("tgname")),
                QualifiedName.of(row.getString("nspname"), row.getString("relname")), false, timing, events,
                QualifiedName.of(row.getString("function_schema"), row.getString("proname")), SourceLocation.NONE);
    }

    static List<Extension> extensions(CatalogQueries queries) throws SQLException {
        return queries.list(EXTENSIONS, row -> new Extension(row.getString("extname"), row.getString("nspname"),
                SourceLocation.NONE));
    }

    static List<Namespace> namespaces(CatalogQueries queries) throws SQLException {
        return queries.list(NAMESPACES, row -> new Namespace(Identifier.of(row.getString("nspname")),
                row.getString("owner"), SourceLocation.NONE));
    }
}

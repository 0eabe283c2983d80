package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.ExclusionElement;
import dev.pgdl.core.model.ForeignKey;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.OnCommit;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.PartitionOf;
import dev.pgdl.core.model.PartitionStrategy;
import dev.pgdl.core.model.Partitioning;
import dev.pgdl.core.model.Persistence;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.ReferentialAction;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tables with their columns and constraints: three queries, whatever the number of tables. */
final class TableCatalog {

    /** A partition bound holds constants only, so it is printed without opening its table. */
    private static final String TABLES = """
            SELECT c.oid, n.nspname, c.relname, c.relpersistence, c.reloptions, c.relrowsecurity, c.relforcerowsecurity,
                   ds.description AS comment, pg_get_partkeydef(c.oid) AS partition_key,
                   pn.nspname AS parent_schema, pc.relname AS parent_name, pg_get_expr(c.relpartbound, 0) AS bound,
                   inh.schemas AS inherits_schemas, inh.names AS inherits_names
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              %s
              LEFT JOIN pg_inherits pi ON c.relispartition AND pi.inhrelid = c.oid
              LEFT JOIN pg_class pc ON pc.oid = pi.inhparent
              LEFT JOIN pg_namespace pn ON pn.oid = pc.relnamespace
              LEFT JOIN (SELECT h.inhrelid, array_agg(hn.nspname ORDER BY h.inhseqno) AS schemas,
                                array_agg(hc.relname ORDER BY h.inhseqno) AS names
                           FROM pg_inherits h JOIN pg_class hc ON hc.oid = h.inhparent
                           JOIN pg_namespace hn ON hn.oid = hc.relnamespace
                          GROUP BY h.inhrelid) inh ON inh.inhrelid = c.oid AND NOT c.relispartition
             WHERE c.relkind IN ('r', 'p') AND %s AND %s
             ORDER BY n.nspname, c.relname
            """.formatted(CatalogQueries.commentJoin("ds", "c.oid", "0"), CatalogQueries.USER_SCHEMA,
            CatalogQueries.notFromExtension("pg_class", "c.oid"));

    /**
     * A default cannot name a column, so it is printed without its table, which pg_get_expr would
     * open for each of them; a generated column's expression names columns and needs it. The rows
     * come in no order: sorting them is cheaper here than on the server.
     */
    private static final String COLUMNS = """
            SELECT a.attrelid, a.attnum, a.attname, a.attnotnull,
                   pg_get_expr(d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END) AS default_value,
                   a.attidentity, a.attgenerated, ds.description AS comment,
                   CASE WHEN a.attcollation <> ty.typcollation THEN co.collname END AS collation, %s
              FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              %s
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
              %s
              LEFT JOIN pg_collation co ON co.oid = a.attcollation
             WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND %s
            """.formatted(CatalogTypes.columns("a.atttypid", "a.atttypmod"), CatalogTypes.joins("a.atttypid"),
            CatalogQueries.commentJoin("ds", "a.attrelid", "a.attnum"), CatalogQueries.USER_SCHEMA);

    private static final String CONSTRAINTS = """
            SELECT con.conrelid, con.conname, con.contype, con.convalidated, con.condeferrable,
                   ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(attnum, o)
                           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.o) AS columns,
                   CASE WHEN con.contype = 'c' THEN pg_get_expr(con.conbin, con.conrelid) END AS check_expression,
                   fn.nspname AS ref_schema, fc.relname AS ref_table,
                   CASE WHEN con.contype = 'f' THEN
                       ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(attnum, o)
                               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.o)
                   END AS ref_columns,
                   con.confdeltype, con.confupdtype,
                   CASE WHEN con.contype = 'x' THEN pg_get_constraintdef(con.oid) END AS definition,
                   CASE WHEN i.indnatts > i.indnkeyatts THEN
                       ARRAY(SELECT a.attname FROM generate_series(i.indnkeyatts + 1, i.indnatts) k
                               JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k)
                   END AS include_columns,
                   COALESCE(i.indnullsnotdistinct, false) AS nulls_not_distinct
              FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_class fc ON fc.oid = con.confrelid LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace
              LEFT JOIN pg_index i ON i.indexrelid = con.conindid AND con.contype <> 'f'
             WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND con.conislocal AND c.relkind IN ('r', 'p') AND %s
             ORDER BY con.conrelid, con.conname
            """.formatted(CatalogQueries.USER_SCHEMA);

    private TableCatalog() {
    }

    static List<Table> read(CatalogQueries queries) throws SQLException {
        CatalogTypes.Reader types = new CatalogTypes.Reader();
        List<NumberedColumn> numbered = new ArrayList<>(queries.list(COLUMNS,
                row -> new NumberedColumn(row.getLong("attrelid"), row.getInt("attnum"), column(row, types))));
        numbered.sort(Comparator.comparingLong(NumberedColumn::table).thenComparingInt(NumberedColumn::number));
        Map<Long, List<Column>> columns = numbered.stream().collect(Collectors.groupingBy(NumberedColumn::table,
                Collectors.mapping(NumberedColumn::column, Collectors.toList())));
        Map<Long, List<Constraint>> constraints = queries.list(CONSTRAINTS,
                        row -> Map.entry(row.getLong("conrelid"), constraint(row)))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return queries.list(TABLES, row -> table(row, columns, constraints));
    }

    /** A column with its table's oid and its position in the table. */
    private record NumberedColumn(long table, int number, Column column) {
    }

    private static Table table(ResultSet row, Map<Long, List<Column>> columns, Map<Long, List<Constraint>> constraints)
            throws SQLException {
        long oid = row.getLong("oid");
        QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
        Persistence persistence = switch (row.getString("relpersistence")) {
            case "u" -> Persistence.UNLOGGED;
            case "t" -> Persistence.TEMPORARY;
            default -> Persistence.PERMANENT;
        };
        String parentName = row.getString("parent_name");
        PartitionOf partitionOf = parentName == null ? null
                : new PartitionOf(QualifiedName.of(row.getString("parent_schema"), parentName), row.getString("bound"));
        List<String> inheritSchemas = CatalogQueries.strings(row, "inherits_schemas");
        List<String> inheritNames = CatalogQueries.strings(row, "inherits_names");
        List<QualifiedName> inherits = new ArrayList<>();
        for (int i = 0; i < inheritNames.size(); i++) {
            inherits.add(QualifiedName.of(inheritSchemas.get(i), inheritNames.get(i)));
        }
        return new Table(name, persistence, partitioning(row.getString("partition_key")), partitionOf, inherits,
                columns.getOrDefault(oid, List.of()), constraints.getOrDefault(oid, List.of()),
                options(CatalogQueries.strings(row, "reloptions")),
                persistence == Persistence.TEMPORARY ? OnCommit.UNKNOWN : OnCommit.NONE, row.getBoolean("relrowsecurity"),
                row.getBoolean("relforcerowsecurity"), row.getString("comment"), SourceLocation.NONE);
    }

    private static Column column(ResultSet row, CatalogTypes.Reader types) throws SQLException {
        IdentityGeneration identity = switch (row.getString("attidentity")) {
            case "a" -> IdentityGeneration.ALWAYS;
            case "d" -> IdentityGeneration.BY_DEFAULT;
            default -> IdentityGeneration.NONE;
        };
        boolean generated = "s".equals(row.getString("attgenerated"));
        String expression = row.getString("default_value");
        return new Column(Identifier.of(row.getString("attname")), types.read(row), row.getBoolean("attnotnull"),
                generated ? null : expression, identity, generated ? expression : null, row.getString("collation"),
                row.getString("comment"), SourceLocation.NONE);
    }

    private static Constraint constraint(ResultSet row) throws SQLException {
        List<Identifier> columns = identifiers(CatalogQueries.strings(row, "columns"));
        String definition = row.getString("definition");
        ConstraintType type = switch (row.getString("contype")) {
            case "p" -> ConstraintType.PRIMARY_KEY;
            case "u" -> ConstraintType.UNIQUE;
            case "f" -> ConstraintType.FOREIGN_KEY;
            case "c" -> ConstraintType.CHECK;
            default -> ConstraintType.EXCLUDE;
        };
        ForeignKey foreignKey = type != ConstraintType.FOREIGN_KEY ? null
                : new ForeignKey(QualifiedName.of(row.getString("ref_schema"), row.getString("ref_table")),
                identifiers(CatalogQueries.strings(row, "ref_columns")), action(row.getString("confdeltype")),
                action(row.getString("confupdtype")));
        String method = type == ConstraintType.EXCLUDE ? ExclusionDefinition.method(definition) : null;
        List<ExclusionElement> exclusions = type == ConstraintType.EXCLUDE ? ExclusionDefinition.elements(definition)
                : List.of();
        String expression = type == ConstraintType.CHECK ? row.getString("check_expression")
                : type == ConstraintType.EXCLUDE ? ExclusionDefinition.predicate(definition) : null;
        return new Constraint(Identifier.of(row.getString("conname")), type, columns, expression, foreignKey, method,
                exclusions, identifiers(CatalogQueries.strings(row, "include_columns")), row.getBoolean("nulls_not_distinct"), !row.getBoolean("convalidated"),
                row.getBoolean("condeferrable"), SourceLocation.NONE);
    }

    private static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** {@code RANGE (order_date)} as pg_get_partkeydef prints it. */
    private static Partitioning partitioning(String definition) {
        if (definition == null) {
            return null;
        }
        int open = definition.indexOf('(');
        PartitionStrategy strategy = PartitionStrategy.valueOf(definition.substring(0, open).strip());
        List<PartitionKey> keys = new ArrayList<>();
        for (String key : ExclusionDefinition.splitTopLevel(definition.substring(open + 1, definition.lastIndexOf(')')))) {
            keys.add(key.matches("\"?[\\p{L}_][\\p{L}\\p{N}_$]*\"?") ? new PartitionKey(Identifier.fromSql(key), null)
                    : new PartitionKey(null, key));
        }
        return new Partitioning(strategy, keys);
    }

    static Map<String, String> options(List<String> reloptions) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : reloptions) {
            int equals = option.indexOf('=');
            options.put(equals < 0 ? option : option.substring(0, equals), equals < 0 ? "true" : option.substring(equals + 1));
        }
        return options;
    }

    static List<Identifier> identifiers(List<String> names) {
        return names.stream().map(Identifier::of).toList();
    }

}

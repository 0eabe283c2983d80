package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Namespace;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables and indexes of one schema (namespace) by name, with their definitions written without
 * the schema's own name, so that the structures of two schemas compare: {@code tenant_a.m_item}
 * and {@code tenant_b.m_item} are both {@code m_item}.
 */
public final class SchemaStructure {

    private final String name;
    private final Pattern ownQualifier;
    private Namespace namespace;
    private final Map<String, Table> tables = new TreeMap<>();
    private final Map<String, Index> indexes = new TreeMap<>();

    private SchemaStructure(String name) {
        this.name = name;
        this.ownQualifier = Pattern.compile("(?<![\\w\"])(?:" + Pattern.quote(name) + "|\""
                + Pattern.quote(name.replace("\"", "\"\"")) + "\")\\.");
    }

    /** Every schema of the design, by name, built in one pass over its namespaces, tables and indexes. */
    public static Map<String, SchemaStructure> bySchema(Schema schema) {
        Map<String, SchemaStructure> structures = new HashMap<>();
        for (Namespace namespace : schema.namespaces()) {
            structures.computeIfAbsent(namespace.name().name(), SchemaStructure::new).namespace = namespace;
        }
        for (Table table : schema.tables()) {
            structures.computeIfAbsent(table.name().schema().name(), SchemaStructure::new)
                    .tables.put(table.name().name().name(), table);
        }
        for (Index index : schema.indexes()) {
            structures.computeIfAbsent(index.name().schema().name(), SchemaStructure::new)
                    .indexes.put(index.name().name().name(), index);
        }
        return structures;
    }

    /** A schema the design does not have: no tables, no indexes. */
    public static SchemaStructure empty(String name) {
        return new SchemaStructure(name);
    }

    public String name() {
        return name;
    }

    public Map<String, Table> tables() {
        return tables;
    }

    public Map<String, Index> indexes() {
        return indexes;
    }

    /** What to report a problem of the whole schema on: its CREATE SCHEMA, else its first table. */
    public ModelObject anchor() {
        return namespace != null ? namespace : tables.values().iterator().next();
    }

    /** {@code integer NOT NULL DEFAULT 0}. */
    public String definition(Column column) {
        StringBuilder definition = new StringBuilder(column.type().sql());
        if (column.notNull()) {
            definition.append(" NOT NULL");
        }
        if (column.hasDefault()) {
            definition.append(" DEFAULT ").append(column.defaultExpression());
        }
        if (column.isIdentity()) {
            definition.append(" GENERATED ").append(column.identity()).append(" AS IDENTITY");
        }
        if (column.isGenerated()) {
            definition.append(" GENERATED ALWAYS AS (").append(column.generatedExpression()).append(") STORED");
        }
        return local(definition.toString());
    }

    public String definition(Index index) {
        return local(String.join(" ", index.table().name().name(), index.method(), String.valueOf(index.unique()),
                index.elements().toString(), index.include().toString(), String.valueOf(index.predicate()),
                String.valueOf(index.nullsNotDistinct()), index.storageParameters().toString()));
    }

    public String definition(Constraint constraint) {
        return local(String.join(" ", constraint.type().name(), constraint.columns().toString(),
                String.valueOf(constraint.expression()), String.valueOf(constraint.foreignKey()),
                String.valueOf(constraint.exclusionMethod()), constraint.exclusions().toString(),
                constraint.include().toString(), String.valueOf(constraint.nullsNotDistinct()),
                String.valueOf(constraint.deferrable())));
    }

    /** Constraints by name. */
    public static Map<String, Constraint> constraints(Table table) {
        Map<String, Constraint> constraints = new TreeMap<>();
        table.constraints().forEach(c -> constraints.put(c.name().name(), c));
        return constraints;
    }

    /** Columns by name. */
    public static Map<String, Column> columns(Table table) {
        Map<String, Column> columns = new TreeMap<>();
        table.columns().forEach(c -> columns.put(c.name().name(), c));
        return columns;
    }

    private String local(String text) {
        return ownQualifier.matcher(text).replaceAll(Matcher.quoteReplacement(""));
    }
}

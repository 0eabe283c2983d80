package dev.pgdl.core.ddl;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Domain;
import dev.pgdl.core.model.EnumType;
import dev.pgdl.core.model.Extension;
import dev.pgdl.core.model.Function;
import dev.pgdl.core.model.Grant;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.Namespace;
import dev.pgdl.core.model.PartitionOf;
import dev.pgdl.core.model.Policy;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.RoleMembership;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Sequence;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.model.Trigger;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.model.View;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The schema as the statements read so far leave it. Statements are applied in order; an ALTER or
 * DROP of an object it does not hold is ignored (migrations reference objects made elsewhere).
 */
final class SchemaState {

    private static final String DEFAULT_SCHEMA = "public";

    private List<String> searchPath = List.of(DEFAULT_SCHEMA);
    final Map<String, Namespace> namespaces = new LinkedHashMap<>();
    final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    final Map<QualifiedName, Index> indexes = new LinkedHashMap<>();
    final Map<QualifiedName, View> views = new LinkedHashMap<>();
    final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    final Map<QualifiedName, EnumType> enumTypes = new LinkedHashMap<>();
    final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
    final Map<QualifiedName, TypeOrigin> otherTypes = new LinkedHashMap<>();
    final Map<String, Function> functions = new LinkedHashMap<>();
    final Map<String, Trigger> triggers = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Map<String, Role> roles = new LinkedHashMap<>();
    final List<RoleMembership> memberships = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final Map<String, Policy> policies = new LinkedHashMap<>();
    /** Built-in types by their written text: they do not depend on the schema, so each text is normalized once. */
    private final Map<String, DataType> builtInTypes = new HashMap<>();

    /** A state that starts from an existing schema (a live database's catalog), as if its DDL had been read. */
    static SchemaState of(Schema schema) {
        SchemaState state = new SchemaState();
        schema.namespaces().forEach(n -> state.namespaces.put(n.name().name(), n));
        schema.tables().forEach(t -> state.tables.put(t.name(), t));
        schema.indexes().forEach(i -> state.indexes.put(i.name(), i));
        schema.views().forEach(v -> state.views.put(v.name(), v));
        schema.sequences().forEach(s -> state.sequences.put(s.name(), s));
        schema.enumTypes().forEach(e -> state.enumTypes.put(e.name(), e));
        schema.domains().forEach(d -> state.domains.put(d.name(), d));
        schema.functions().forEach(f -> state.functions.put(f.name().identity() + "(" + f.arguments() + ")", f));
        schema.triggers().forEach(t -> state.triggers.put(t.table() == null ? t.name().name()
                : t.table().identity() + "." + t.name().name(), t));
        schema.extensions().forEach(e -> state.extensions.put(e.name(), e));
        schema.roles().forEach(r -> state.roles.put(r.name(), r));
        state.memberships.addAll(schema.memberships());
        state.grants.addAll(schema.grants());
        schema.policies().forEach(p -> state.policies.put(p.table().identity() + "." + p.name().name(), p));
        return state;
    }

    Schema freeze() {
        return new Schema(List.copyOf(namespaces.values()), List.copyOf(tables.values()), List.copyOf(indexes.values()),
                List.copyOf(views.values()), List.copyOf(sequences.values()), List.copyOf(enumTypes.values()),
                List.copyOf(domains.values()), List.copyOf(functions.values()), List.copyOf(triggers.values()),
                List.copyOf(extensions.values()), List.copyOf(roles.values()), memberships, grants,
                List.copyOf(policies.values()));
    }

    List<String> searchPath() {
        return searchPath;
    }

    void setSearchPath(List<String> schemas) {
        List<String> usable = schemas.stream().filter(s -> !s.equals("$user") && !s.equals("pg_catalog")).toList();
        searchPath = usable.isEmpty() ? List.of(DEFAULT_SCHEMA) : usable;
    }

    String creationSchema() {
        return searchPath.get(0);
    }

    /** The name an object created under {@code parts} gets: qualified as written, else in the first search-path schema. */
    QualifiedName qualify(List<Identifier> parts) {
        Identifier name = parts.get(parts.size() - 1);
        Identifier schema = parts.size() > 1 ? parts.get(parts.size() - 2) : Identifier.of(creationSchema());
        return new QualifiedName(schema, name);
    }

    /** The relation an unqualified reference means: the first search-path schema that has it. */
    QualifiedName resolveRelation(List<Identifier> parts) {
        if (parts.size() > 1) {
            return qualify(parts);
        }
        for (String schema : searchPath) {
            QualifiedName candidate = new QualifiedName(Identifier.of(schema), parts.get(0));
            if (tables.containsKey(candidate) || views.containsKey(candidate) || sequences.containsKey(candidate)
                    || indexes.containsKey(candidate)) {
                return candidate;
            }
        }
        return qualify(parts);
    }

    /** A type as written, resolved against the schema as it is now. */
    DataType type(String written) {
        DataType builtIn = builtInTypes.get(written);
        if (builtIn != null) {
            return builtIn;
        }
        DataType type = TypeNormalizer.normalize(written, this::typeOrigin, creationSchema());
        if (TypeNormalizer.isBuiltIn(type)) {
            builtInTypes.put(written, type);
        }
        return type;
    }

    private TypeOrigin typeOrigin(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        QualifiedName name = QualifiedName.of(qualifiedName.substring(0, dot), qualifiedName.substring(dot + 1));
        if (enumTypes.containsKey(name)) {
            return TypeOrigin.ENUM;
        }
        if (domains.containsKey(name)) {
            return TypeOrigin.DOMAIN;
        }
        return otherTypes.getOrDefault(name, TypeOrigin.UNKNOWN);
    }

    void updateTable(QualifiedName name, UnaryOperator<Table> change) {
        tables.computeIfPresent(name, (key, table) -> change.apply(table));
    }

    void renameTable(QualifiedName from, QualifiedName to) {
        Table table = tables.remove(from);
        if (table == null) {
            return;
        }
        tables.put(to, table.withName(to));
        indexes.replaceAll((key, index) -> index.table().equals(from) ? index.withTable(to) : index);
        tables.replaceAll((key, other) -> other.isPartition() && other.partitionOf().parent().equals(from)
                ? other.withPartitionOf(new PartitionOf(to, other.partitionOf().bound())) : other);
    }

    /** Drops a relation and what depends on it: its indexes, triggers, policies and owned sequences. */
    void dropRelation(QualifiedName name) {
        tables.remove(name);
        views.remove(name);
        indexes.values().removeIf(index -> index.table().equals(name));
        triggers.values().removeIf(trigger -> name.equals(trigger.table()));
        policies.values().removeIf(policy -> policy.table().equals(name));
        sequences.values().removeIf(sequence -> sequence.ownedBy() != null && sequence.ownedBy().table().equals(name));
    }
}

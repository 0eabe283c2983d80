package dev.pgdl.core.model;

import java.util.List;
import java.util.Optional;

/**
 * Everything pgdl knows about a database design, whichever way it was read (DDL files or a live
 * catalog). Immutable; objects appear in declaration order (DDL) or name order (catalog).
 */
public record Schema(List<Namespace> namespaces, List<Table> tables, List<Index> indexes, List<View> views,
                     List<Sequence> sequences, List<EnumType> enumTypes, List<Domain> domains,
                     List<Function> functions, List<Trigger> triggers, List<Extension> extensions,
                     List<Role> roles, List<RoleMembership> memberships, List<Grant> grants,
                     List<Policy> policies) {

    public static final Schema EMPTY = new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Schema {
        namespaces = List.copyOf(namespaces);
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        views = List.copyOf(views);
        sequences = List.copyOf(sequences);
        enumTypes = List.copyOf(enumTypes);
        domains = List.copyOf(domains);
        functions = List.copyOf(functions);
        triggers = List.copyOf(triggers);
        extensions = List.copyOf(extensions);
        roles = List.copyOf(roles);
        memberships = List.copyOf(memberships);
        grants = List.copyOf(grants);
        policies = List.copyOf(policies);
    }

    public Optional<Table> table(QualifiedName name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<View> view(QualifiedName name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    public List<Index> indexesOn(QualifiedName table) {
        return indexes.stream().filter(i -> i.table().equals(table)).toList();
    }

    public List<Table> partitionsOf(QualifiedName parent) {
        return tables.stream().filter(t -> t.isPartition() && t.partitionOf().parent().equals(parent)).toList();
    }
}

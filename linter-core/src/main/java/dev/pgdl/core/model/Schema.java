package dev.pgdl.core.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything pgdl knows about a database design, whichever way it was read (DDL files or a live
 * catalog). Immutable; objects appear in declaration order (DDL) or name order (catalog).
 *
 * @param lookup derived from the lists when the schema is made (any value passed is replaced), so
 *               that finding a table, its indexes or its partitions takes constant time
 */
public record Schema(List<Namespace> namespaces, List<Table> tables, List<Index> indexes, List<View> views,
                     List<Sequence> sequences, List<EnumType> enumTypes, List<Domain> domains,
                     List<Function> functions, List<Trigger> triggers, List<Extension> extensions,
                     List<Role> roles, List<RoleMembership> memberships, List<Grant> grants,
                     List<Policy> policies, Lookup lookup) {

    public static final Schema EMPTY = new Schema(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public Schema(List<Namespace> namespaces, List<Table> tables, List<Index> indexes, List<View> views,
                  List<Sequence> sequences, List<EnumType> enumTypes, List<Domain> domains,
                  List<Function> functions, List<Trigger> triggers, List<Extension> extensions,
                  List<Role> roles, List<RoleMembership> memberships, List<Grant> grants, List<Policy> policies) {
        this(namespaces, tables, indexes, views, sequences, enumTypes, domains, functions, triggers, extensions, roles,
                memberships, grants, policies, null);
    }

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
        lookup = Lookup.of(tables, indexes, views);
    }

    public Optional<Table> table(QualifiedName name) {
        return Optional.ofNullable(lookup.tablesByName().get(name));
    }

    public Optional<View> view(QualifiedName name) {
        return Optional.ofNullable(lookup.viewsByName().get(name));
    }

    public List<Index> indexesOn(QualifiedName table) {
        return lookup.indexesByTable().getOrDefault(table, List.of());
    }

    public List<Table> partitionsOf(QualifiedName parent) {
        return lookup.partitionsByParent().getOrDefault(parent, List.of());
    }

    @Override
    public String toString() {
        return "Schema[" + tables.size() + " tables, " + indexes.size() + " indexes, " + views.size() + " views]";
    }

    /** Objects by name, derived from a schema's lists; the first of two objects with one name wins. */
    public record Lookup(Map<QualifiedName, Table> tablesByName, Map<QualifiedName, View> viewsByName,
                         Map<QualifiedName, List<Index>> indexesByTable,
                         Map<QualifiedName, List<Table>> partitionsByParent) {

        public Lookup {
            tablesByName = Map.copyOf(tablesByName);
            viewsByName = Map.copyOf(viewsByName);
            indexesByTable = Map.copyOf(indexesByTable);
            partitionsByParent = Map.copyOf(partitionsByParent);
        }

        static Lookup of(List<Table> tables, List<Index> indexes, List<View> views) {
            return new Lookup(
                    tables.stream().collect(Collectors.toMap(Table::name, t -> t, (first, second) -> first)),
                    views.stream().collect(Collectors.toMap(View::name, v -> v, (first, second) -> first)),
                    indexes.stream().collect(Collectors.groupingBy(Index::table, Collectors.toUnmodifiableList())),
                    tables.stream().filter(t -> t.isPartition() && t.partitionOf().parent() != null).collect(Collectors.groupingBy(t -> t.partitionOf().parent(),
                            Collectors.toUnmodifiableList())));
        }
    }
}

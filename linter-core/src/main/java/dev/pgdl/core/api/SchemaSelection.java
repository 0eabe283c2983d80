package dev.pgdl.core.api;

import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The part of a database an audit looks at ({@code --schema}): the objects of the named schemas.
 * Roles, memberships, grants and extensions belong to the whole database and always stay.
 */
final class SchemaSelection {

    private SchemaSelection() {
    }

    static Schema restrict(Schema schema, List<String> names) {
        if (names.isEmpty()) {
            return schema;
        }
        Set<String> kept = Set.copyOf(names);
        Predicate<QualifiedName> selected = name -> kept.contains(name.schema().name());
        return new Schema(
                only(schema.namespaces(), namespace -> kept.contains(namespace.name().name())),
                only(schema.tables(), table -> selected.test(table.name())),
                only(schema.indexes(), index -> selected.test(index.name())),
                only(schema.views(), view -> selected.test(view.name())),
                only(schema.sequences(), sequence -> selected.test(sequence.name())),
                only(schema.enumTypes(), type -> selected.test(type.name())),
                only(schema.domains(), domain -> selected.test(domain.name())),
                only(schema.functions(), function -> selected.test(function.name())),
                only(schema.triggers(), trigger -> trigger.table() == null || selected.test(trigger.table())),
                schema.extensions(), schema.roles(), schema.memberships(), schema.grants(),
                only(schema.policies(), policy -> selected.test(policy.table())));
    }

    private static <T> List<T> only(List<T> objects, Predicate<T> selected) {
        return objects.stream().filter(selected).toList();
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.model.Trigger;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dotted identity of every object of a schema: {@code schema.table}, {@code schema.table.column},
 * {@code schema.table.constraint}, {@code schema.index}, and plain names for database-wide
 * objects (roles, extensions) and the database itself. Columns and constraints do not know their table, so identities
 * are computed once per schema and looked up by reference.
 */
final class ObjectIdentities implements ObjectLocator {

    private final Schema schema;
    private final Map<ModelObject, String> identities;
    /** Made when first asked for: only rules that apply to some table kinds and the HTML report's inventory ask. */
    private Map<ModelObject, Table> owners;

    ObjectIdentities(Schema schema, Optional<DatabaseState> database) {
        this.schema = schema;
        identities = new IdentityHashMap<>(tableObjects(schema));
        database.ifPresent(d -> put(d, d.name()));
        schema.namespaces().forEach(n -> put(n, n.name().name()));
        for (Table table : schema.tables()) {
            String tableIdentity = table.name().identity();
            put(table, tableIdentity);
            for (Column column : table.columns()) {
                put(column, tableIdentity + "." + column.name().name());
            }
            for (Constraint constraint : table.constraints()) {
                put(constraint, tableIdentity + "." + constraint.name().name());
            }
        }
        for (Index index : schema.indexes()) {
            put(index, index.name().identity());
        }
        schema.views().forEach(v -> put(v, v.name().identity()));
        schema.sequences().forEach(s -> put(s, s.name().identity()));
        schema.enumTypes().forEach(e -> put(e, e.name().identity()));
        schema.domains().forEach(d -> put(d, d.name().identity()));
        schema.functions().forEach(f -> put(f, f.name().identity()));
        for (Trigger trigger : schema.triggers()) {
            put(trigger, trigger.table() == null ? trigger.name().name()
                    : trigger.table().identity() + "." + trigger.name().name());
        }
        schema.extensions().forEach(e -> put(e, e.name()));
        schema.roles().forEach(r -> put(r, r.name()));
        schema.memberships().forEach(m -> put(m, m.member()));
        schema.grants().forEach(g -> put(g, g.grantee()));
        schema.policies().forEach(p -> put(p, p.table().identity() + "." + p.name().name()));
    }

    /** Tables, their columns and constraints, and indexes: nearly every object, and all that have an owner. */
    private static int tableObjects(Schema schema) {
        int count = schema.tables().size() + schema.indexes().size();
        for (Table table : schema.tables()) {
            count += table.columns().size() + table.constraints().size();
        }
        return count;
    }

    private void put(ModelObject object, String identity) {
        identities.put(object, identity);
    }

    /** The table an object is, or belongs to (its columns, constraints, indexes); empty for other objects. */
    @Override
    public synchronized Optional<Table> owner(ModelObject object) {
        if (owners == null) {
            owners = new IdentityHashMap<>(tableObjects(schema));
            for (Table table : schema.tables()) {
                owners.put(table, table);
                table.columns().forEach(column -> owners.put(column, table));
                table.constraints().forEach(constraint -> owners.put(constraint, table));
            }
            for (Index index : schema.indexes()) {
                schema.table(index.table()).ifPresent(table -> owners.put(index, table));
            }
        }
        return Optional.ofNullable(owners.get(object));
    }

    /** The identity of an object of this schema; an object from elsewhere is a bug in the reporting rule. */
    @Override
    public String of(ModelObject object) {
        String identity = identities.get(object);
        if (identity == null) {
            throw new IllegalArgumentException("reported object is not part of the checked schema: " + describe(object));
        }
        return identity;
    }

    /** Where each identity was declared; of several objects with one identity (a role and its grants), the first. */
    Map<String, SourceLocation> locations() {
        Map<String, SourceLocation> locations = new HashMap<>();
        identities.forEach((object, identity) -> {
            if (object.location().isKnown()) {
                locations.merge(identity, object.location(), (a, b) -> a.line() <= b.line() ? a : b);
            }
        });
        return locations;
    }

    private static String describe(ModelObject object) {
        return object.getClass().getSimpleName() + " at " + object.location();
    }
}

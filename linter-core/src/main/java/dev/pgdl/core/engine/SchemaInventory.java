package dev.pgdl.core.engine;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Policy;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The objects of a schema a report lists (tables, views, functions, sequences, types, event
 * triggers, extensions, schemas, roles), each once, and the listed object every finding belongs
 * to: a column, constraint, index, trigger, policy or owned sequence (serial, identity) belongs to
 * its table. Objects are told apart by database too, so one inventory can hold several audited
 * databases. It is built when first asked, as only some reports (HTML) ask.
 */
public final class SchemaInventory {

    private record Key(String database, String identity) {
    }

    private final String database;
    private final Map<Key, InventoryObject> objects = new LinkedHashMap<>();
    private final Map<Key, InventoryObject> ownerByIdentity = new HashMap<>();
    private Runnable build = () -> { };

    private SchemaInventory(String database) {
        this.database = database;
    }

    /** The objects of schemas read from files (later schemas add the objects earlier ones lack). */
    public static SchemaInventory of(List<Schema> schemas, TableKinds tableKinds) {
        SchemaInventory inventory = new SchemaInventory("");
        inventory.build = () -> schemas.forEach(schema -> inventory.add(schema, tableKinds));
        return inventory;
    }

    /** The objects of audited databases, by the database name their findings carry. */
    public static SchemaInventory ofDatabases(Map<String, Schema> schemaByDatabase, TableKinds tableKinds) {
        SchemaInventory all = new SchemaInventory("");
        all.build = () -> schemaByDatabase.forEach((name, schema) -> {
            SchemaInventory one = new SchemaInventory(name);
            one.add(schema, tableKinds);
            all.objects.putAll(one.objects);
            all.ownerByIdentity.putAll(one.ownerByIdentity);
        });
        return all;
    }

    private synchronized void built() {
        build.run();
        build = () -> { };
    }

    private void add(Schema schema, TableKinds tableKinds) {
        ObjectIdentities identities = new ObjectIdentities(schema, Optional.empty());
        for (Table table : schema.tables()) {
            list(new InventoryObject(database, identities.of(table), ObjectKind.TABLE,
                    tableKinds.kindOf(table), table.location()));
            table.columns().forEach(column -> belongs(identities.of(column), identities.of(table)));
            table.constraints().forEach(constraint -> belongs(identities.of(constraint), identities.of(table)));
        }
        schema.views().forEach(view -> list(identities, view, ObjectKind.VIEW));
        schema.functions().forEach(function -> list(identities, function, ObjectKind.FUNCTION));
        schema.sequences().forEach(sequence -> ownedOrListed(identities, sequence, ObjectKind.SEQUENCE,
                sequence.ownedBy() == null ? Optional.empty() : schema.table(sequence.ownedBy().table())));
        schema.enumTypes().forEach(type -> list(identities, type, ObjectKind.TYPE));
        schema.domains().forEach(domain -> list(identities, domain, ObjectKind.TYPE));
        schema.extensions().forEach(extension -> list(identities, extension, ObjectKind.EXTENSION));
        schema.namespaces().forEach(namespace -> list(identities, namespace, ObjectKind.SCHEMA));
        schema.roles().forEach(role -> list(identities, role, ObjectKind.ROLE));
        schema.indexes().forEach(index -> identities.owner(index)
                .ifPresent(table -> belongs(identities.of(index), identities.of(table))));
        schema.triggers().forEach(trigger -> ownedOrListed(identities, trigger, ObjectKind.TRIGGER,
                trigger.table() == null ? Optional.empty() : schema.table(trigger.table())));
        for (Policy policy : schema.policies()) {
            schema.table(policy.table()).ifPresent(table -> belongs(identities.of(policy), identities.of(table)));
        }
    }

    /** The listed objects, tables first, each kind in schema order. */
    public List<InventoryObject> objects() {
        built();
        return List.copyOf(objects.values());
    }

    /** The listed object that a finding's object is or belongs to; empty when none is listed. */
    public Optional<InventoryObject> ownerOf(Finding finding) {
        return ownerOf(finding.database() == null ? "" : finding.database(), finding.object());
    }

    /**
     * The listed object that the object called {@code identity} in {@code database} ({@code ""} for files) is or
     * belongs to; empty when none is listed.
     */
    public Optional<InventoryObject> ownerOf(String database, String identity) {
        built();
        return Optional.ofNullable(ownerByIdentity.get(new Key(database, identity)));
    }

    private void list(ObjectIdentities identities, ModelObject object, ObjectKind kind) {
        list(new InventoryObject(database, identities.of(object), kind, Optional.empty(), object.location()));
    }

    private void list(InventoryObject object) {
        Key key = new Key(database, object.identity());
        InventoryObject listed = objects.putIfAbsent(key, object);
        ownerByIdentity.putIfAbsent(key, listed == null ? object : listed);
    }

    /** An object that belongs to its table when it has one (an owned sequence, a table's trigger), else listed. */
    private void ownedOrListed(ObjectIdentities identities, ModelObject object, ObjectKind kind, Optional<Table> owner) {
        if (owner.isPresent()) {
            belongs(identities.of(object), identities.of(owner.get()));
        } else {
            list(identities, object, kind);
        }
    }

    private void belongs(String identity, String ownerIdentity) {
        ownerByIdentity.putIfAbsent(new Key(database, identity), objects.get(new Key(database, ownerIdentity)));
    }
}

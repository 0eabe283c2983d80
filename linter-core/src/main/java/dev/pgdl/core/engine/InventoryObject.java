package dev.pgdl.core.engine;

import dev.pgdl.core.model.SourceLocation;

import java.util.Optional;

/**
 * One object a report lists: the audited database it is in ({@code ""} for files), its dotted
 * identity, its kind, the table kind (テーブル種別) of a table whose name has a known prefix, and
 * where it was declared.
 */
public record InventoryObject(String database, String identity, ObjectKind kind, Optional<String> tableKind,
                              SourceLocation location) {

    public static InventoryObject other(String database, String identity, SourceLocation location) {
        return new InventoryObject(database, identity, ObjectKind.OTHER, Optional.empty(), location);
    }
}

package dev.pgdl.core.model;

/**
 * A sequence.
 *
 * @param dataType the AS type ({@code bigint} when not given)
 * @param ownedBy  the column that owns it (serial, identity or OWNED BY), or null
 * @param identity whether PostgreSQL created it for an identity column
 */
public record Sequence(QualifiedName name, String dataType, ColumnRef ownedBy, boolean identity,
                       SourceLocation location) implements ModelObject {

    public Sequence withName(QualifiedName newName) {
        return new Sequence(newName, dataType, ownedBy, identity, location);
    }

    public Sequence withOwnedBy(ColumnRef newOwner) {
        return new Sequence(name, dataType, newOwner, identity, location);
    }
}

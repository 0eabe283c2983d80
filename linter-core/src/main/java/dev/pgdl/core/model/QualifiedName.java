package dev.pgdl.core.model;

import java.util.Objects;

/** A schema-qualified name; the reader resolves unqualified names against the search path. */
public record QualifiedName(Identifier schema, Identifier name) {

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(Identifier.of(schema), Identifier.of(name));
    }

    /** The dotted identity used in findings, baselines and excludes: {@code public.t_order}. */
    public String identity() {
        return schema.name() + "." + name.name();
    }

    public QualifiedName withName(Identifier newName) {
        return new QualifiedName(schema, newName);
    }

    /** Written out, as the key of the schema's maps: a record's generated equals runs through method handles, slow until compiled. */
    @Override
    public boolean equals(Object other) {
        return other instanceof QualifiedName qualified && Objects.equals(qualified.schema, schema)
                && Objects.equals(qualified.name, name);
    }

    /** The record's own hash, so that hash maps keep their order. */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(schema) + Objects.hashCode(name);
    }

    @Override
    public String toString() {
        return identity();
    }
}

package dev.pgdl.core.model;

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

    @Override
    public String toString() {
        return identity();
    }
}

package dev.pgdl.core.model;

import java.util.List;

/** A type created by {@code CREATE TYPE … AS ENUM}. */
public record EnumType(QualifiedName name, List<String> labels, SourceLocation location) implements ModelObject {

    public EnumType {
        labels = List.copyOf(labels);
    }

    public EnumType withLabels(List<String> newLabels) {
        return new EnumType(name, newLabels, location);
    }

    public EnumType withName(QualifiedName newName) {
        return new EnumType(newName, labels, location);
    }
}

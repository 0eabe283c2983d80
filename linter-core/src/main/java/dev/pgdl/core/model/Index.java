package dev.pgdl.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index created by CREATE INDEX. The index PostgreSQL builds behind a PRIMARY KEY, UNIQUE or
 * EXCLUDE constraint is represented by that {@link Constraint}, not here.
 *
 * @param name       the index name, in the schema of its table
 * @param method     access method, lower case ({@code btree}, {@code gin}, …)
 * @param include    INCLUDE columns
 * @param predicate  the WHERE of a partial index, or null
 * @param onlyParent {@code ON ONLY parent}: the index is not built on the partitions
 * @param comment    COMMENT ON INDEX text, or null
 */
public record Index(QualifiedName name, QualifiedName table, String method, boolean unique,
                    List<IndexElement> elements, List<Identifier> include, String predicate,
                    boolean nullsNotDistinct, Map<String, String> storageParameters, boolean onlyParent,
                    String comment, SourceLocation location) implements ModelObject {

    public Index {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
        storageParameters = Collections.unmodifiableMap(new LinkedHashMap<>(storageParameters));
    }

    public boolean isPartial() {
        return predicate != null;
    }

    public Index withName(QualifiedName newName) {
        return new Index(newName, table, method, unique, elements, include, predicate, nullsNotDistinct,
                storageParameters, onlyParent, comment, location);
    }

    public Index withTable(QualifiedName newTable) {
        return new Index(name, newTable, method, unique, elements, include, predicate, nullsNotDistinct,
                storageParameters, onlyParent, comment, location);
    }

    public Index withComment(String newComment) {
        return new Index(name, table, method, unique, elements, include, predicate, nullsNotDistinct,
                storageParameters, onlyParent, newComment, location);
    }
}

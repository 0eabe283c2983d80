package dev.pgdl.core.model;

import java.util.List;

/** What a foreign key constraint references, and what it does on delete and update. */
public record ForeignKey(QualifiedName referencedTable, List<Identifier> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate) {

    public ForeignKey {
        referencedColumns = List.copyOf(referencedColumns);
    }
}

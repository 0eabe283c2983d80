package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Sequence;

import java.util.Optional;
import java.util.Set;

/** Sequences a design declares, as opposed to those PostgreSQL creates for it. */
public final class Sequences {

    private static final Set<String> SERIALS = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
            "serial2");

    private Sequences() {
    }

    /** Created by PostgreSQL for an identity column or a serial column, and named by it. */
    public static boolean isImplicit(Schema schema, Sequence sequence) {
        return sequence.identity() || owner(schema, sequence).filter(Sequences::isSerial).isPresent();
    }

    /** A column declared {@code serial}, {@code bigserial}, …: PostgreSQL creates its sequence. */
    public static boolean isSerial(Column column) {
        return SERIALS.contains(TypeNames.writtenBase(column.type()));
    }

    /** Fed by a sequence PostgreSQL creates and names {@code table_column_seq}. */
    public static boolean hasImplicitSequence(Column column) {
        return column.isIdentity() || isSerial(column);
    }

    private static Optional<Column> owner(Schema schema, Sequence sequence) {
        if (sequence.ownedBy() == null) {
            return Optional.empty();
        }
        return schema.table(sequence.ownedBy().table()).flatMap(t -> t.column(sequence.ownedBy().column().name()));
    }
}

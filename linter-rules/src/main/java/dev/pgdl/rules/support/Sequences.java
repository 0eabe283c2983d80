package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Sequence;

import java.util.Optional;

/**
 * Sequences a design declares, as opposed to those PostgreSQL creates for it. Decided on what both
 * a DDL file and a live catalog show (ownership and defaults), never on how a column was spelled,
 * so the two give the same findings.
 */
public final class Sequences {

    private Sequences() {
    }

    /** Created by PostgreSQL for an identity column, or for a serial column: owned by a column that draws from it. */
    public static boolean isImplicit(Schema schema, Sequence sequence) {
        return sequence.identity() || owner(schema, sequence).filter(column -> drawsFrom(column, sequence)).isPresent();
    }

    /** Fed by a sequence: an identity column, or one whose default is {@code nextval(…)} (serial). */
    public static boolean hasImplicitSequence(Column column) {
        return column.isIdentity() || Defaults.isNextval(column.defaultExpression());
    }

    private static boolean drawsFrom(Column column, Sequence sequence) {
        return Defaults.isNextval(column.defaultExpression())
                && column.defaultExpression().contains(sequence.name().name().name() + "'");
    }

    /** The column that owns the sequence (serial, identity or OWNED BY), if it is in the schema. */
    public static Optional<Column> owner(Schema schema, Sequence sequence) {
        if (sequence.ownedBy() == null) {
            return Optional.empty();
        }
        return schema.table(sequence.ownedBy().table()).flatMap(t -> t.column(sequence.ownedBy().column().name()));
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.function.Consumer;

/**
 * The objects of a design that carry a name the design chose, for naming rules. Partitions take
 * their parent's verdict and the sequences PostgreSQL creates for serial and identity columns are
 * named by PostgreSQL, so neither is listed.
 */
public final class NamedObjects {

    /** What kind of object a name belongs to; naming rules may look at some kinds only. */
    public enum Kind { SCHEMA, TABLE, COLUMN, CONSTRAINT, INDEX, VIEW, SEQUENCE, TYPE, FUNCTION, TRIGGER, POLICY }

    /** One named object. */
    public record Named(ModelObject object, Kind kind, Identifier name) {
    }

    private NamedObjects() {
    }

    /** Hands each named object to the action, a walk all naming rules share, so it is compiled early. */
    public static void forEach(Schema schema, Consumer<Named> action) {
        schema.namespaces().forEach(n -> action.accept(new Named(n, Kind.SCHEMA, n.name())));
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                action.accept(new Named(table, Kind.TABLE, table.name().name()));
                table.columns().forEach(c -> action.accept(new Named(c, Kind.COLUMN, c.name())));
                table.constraints().forEach(c -> action.accept(new Named(c, Kind.CONSTRAINT, c.name())));
            }
        }
        schema.indexes().forEach(i -> action.accept(new Named(i, Kind.INDEX, i.name().name())));
        schema.views().forEach(v -> action.accept(new Named(v, Kind.VIEW, v.name().name())));
        schema.sequences().stream().filter(s -> !Sequences.isImplicit(schema, s))
                .forEach(s -> action.accept(new Named(s, Kind.SEQUENCE, s.name().name())));
        schema.enumTypes().forEach(e -> action.accept(new Named(e, Kind.TYPE, e.name().name())));
        schema.domains().forEach(d -> action.accept(new Named(d, Kind.TYPE, d.name().name())));
        schema.functions().forEach(f -> action.accept(new Named(f, Kind.FUNCTION, f.name().name())));
        schema.triggers().forEach(t -> action.accept(new Named(t, Kind.TRIGGER, t.name())));
        schema.policies().forEach(p -> action.accept(new Named(p, Kind.POLICY, p.name())));
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * An index of a table as PostgreSQL has it: one made by CREATE INDEX, or the one behind a
 * PRIMARY KEY or UNIQUE constraint, so index rules compare both alike.
 *
 * @param object   the {@link Index} or {@link Constraint} a finding names
 * @param position the place in {@link #of}'s list, the declaration order when locations cannot tell
 */
public record Key(ModelObject object, String name, boolean primary, boolean unique, String method,
                  List<IndexElement> elements, List<Identifier> include, String predicate,
                  boolean nullsNotDistinct, int position) {

    private static final String BTREE = "btree";

    public Key {
        elements = List.copyOf(elements);
        include = List.copyOf(include);
    }

    /** The table's primary key and unique constraints, then the indexes created on it. */
    public static List<Key> of(Schema schema, Table table) {
        List<Key> keys = new ArrayList<>();
        for (Constraint constraint : table.constraints()) {
            if (constraint.is(ConstraintType.PRIMARY_KEY) || constraint.is(ConstraintType.UNIQUE)) {
                keys.add(new Key(constraint, constraint.name().name(), constraint.is(ConstraintType.PRIMARY_KEY),
                        true, BTREE, constraint.columns().stream().map(IndexElement::ofColumn).toList(),
                        constraint.include(), null, constraint.nullsNotDistinct(), keys.size()));
            }
        }
        for (Index index : schema.indexesOn(table.name())) {
            keys.add(new Key(index, index.name().name().name(), false, index.unique(), index.method(),
                    index.elements(), index.include(), index.predicate(), index.nullsNotDistinct(), keys.size()));
        }
        return keys;
    }

    public boolean isConstraint() {
        return object instanceof Constraint;
    }

    /** The key columns; expression elements have none. */
    public List<Identifier> columns() {
        return elements.stream().filter(e -> !e.isExpression()).map(IndexElement::column).toList();
    }

    /** The column elements before the first expression element. */
    public List<Identifier> leadingColumns() {
        List<Identifier> leading = new ArrayList<>();
        for (IndexElement element : elements) {
            if (element.isExpression()) {
                break;
            }
            leading.add(element.column());
        }
        return leading;
    }

    /** Whether this key was declared after {@code other}: by source position in one file, else by list order. */
    public boolean declaredAfter(Key other) {
        SourceLocation mine = object.location();
        SourceLocation theirs = other.object.location();
        if (mine.isKnown() && mine.file().equals(theirs.file())) {
            return mine.line() != theirs.line() ? mine.line() > theirs.line() : mine.column() > theirs.column();
        }
        return position > other.position;
    }
}

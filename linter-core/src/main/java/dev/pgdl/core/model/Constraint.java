package dev.pgdl.core.model;

import java.util.List;

/**
 * A table constraint. NOT NULL is a column property, not a constraint here. Unnamed constraints
 * get the name PostgreSQL would choose ({@code t_order_pkey}, {@code t_order_customer_id_fkey}).
 *
 * @param columns    key columns of PRIMARY KEY, UNIQUE and FOREIGN KEY; columns of an EXCLUDE
 *                   constraint that are plain columns
 * @param expression the CHECK expression, or the WHERE predicate of an EXCLUDE constraint, or null
 * @param foreignKey the reference of a FOREIGN KEY, else null
 * @param exclusionMethod the index method of an EXCLUDE constraint ({@code gist}), else null
 * @param exclusions the elements of an EXCLUDE constraint, else empty
 */
public record Constraint(Identifier name, ConstraintType type, List<Identifier> columns, String expression,
                         ForeignKey foreignKey, String exclusionMethod, List<ExclusionElement> exclusions,
                         List<Identifier> include, boolean nullsNotDistinct, boolean notValid,
                         boolean deferrable, SourceLocation location) implements ModelObject {

    public Constraint {
        columns = List.copyOf(columns);
        exclusions = List.copyOf(exclusions);
        include = List.copyOf(include);
    }

    public boolean is(ConstraintType candidate) {
        return type == candidate;
    }

    public Constraint withName(Identifier newName) {
        return new Constraint(newName, type, columns, expression, foreignKey, exclusionMethod, exclusions, include,
                nullsNotDistinct, notValid, deferrable, location);
    }

    public Constraint validated() {
        return new Constraint(name, type, columns, expression, foreignKey, exclusionMethod, exclusions, include,
                nullsNotDistinct, false, deferrable, location);
    }
}

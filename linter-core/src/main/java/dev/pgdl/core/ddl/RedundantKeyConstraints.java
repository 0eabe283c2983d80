package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Identifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What PostgreSQL makes of PRIMARY KEY and UNIQUE constraints of one CREATE TABLE that would build
 * the same index (parse_utilcmd.c, transformIndexConstraints): it keeps one, the primary key or
 * else the first, which takes the name of a dropped one if it had only the implicit name.
 */
final class RedundantKeyConstraints {

    private RedundantKeyConstraints() {
    }

    static List<Constraint> merge(String table, List<Constraint> constraints) {
        List<Constraint> kept = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if (constraint.is(ConstraintType.PRIMARY_KEY)) {
                kept.add(constraint);
                break;
            }
        }
        List<Constraint> result = new ArrayList<>();
        for (Constraint constraint : constraints) {
            if (!isKey(constraint) || isKeptPrimaryKey(kept, constraint)) {
                result.add(constraint);
                continue;
            }
            int prior = indexOfSame(kept, constraint);
            if (prior < 0) {
                kept.add(constraint);
                result.add(constraint);
            } else if (isImplicitlyNamed(table, kept.get(prior))) {
                Constraint renamed = kept.get(prior).withName(constraint.name());
                result.replaceAll(c -> c == kept.get(prior) ? renamed : c);
                kept.set(prior, renamed);
            }
        }
        return result;
    }

    /** The primary key kept from the start and not renamed since (an identity check: no record equals per constraint). */
    private static boolean isKeptPrimaryKey(List<Constraint> kept, Constraint constraint) {
        return !kept.isEmpty() && kept.get(0) == constraint;
    }

    private static boolean isKey(Constraint constraint) {
        return constraint.is(ConstraintType.PRIMARY_KEY) || constraint.is(ConstraintType.UNIQUE);
    }

    private static int indexOfSame(List<Constraint> kept, Constraint constraint) {
        for (int i = 0; i < kept.size(); i++) {
            Constraint prior = kept.get(i);
            if (prior.columns().equals(constraint.columns()) && prior.include().equals(constraint.include())
                    && prior.nullsNotDistinct() == constraint.nullsNotDistinct()
                    && prior.deferrable() == constraint.deferrable()) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isImplicitlyNamed(String table, Constraint constraint) {
        String implicit = constraint.is(ConstraintType.PRIMARY_KEY) ? PostgresNames.objectName(table, "", "pkey")
                : PostgresNames.objectName(table, constraint.columns().stream().map(Identifier::name).toList(), "key");
        return Objects.equals(constraint.name().name(), implicit);
    }
}

package dev.pgdl.core.model;

/**
 * One operation of a migration file, with what a reviewer needs to judge it: the object it acts
 * on, whether that object existed before this file, the lock it takes, and the session around it.
 *
 * @param kind           the statement kind as people say it: {@code ALTER TABLE}, {@code CREATE INDEX}
 * @param target         the relation it acts on (table, index's table, view), or null
 * @param object         the dotted identity findings name: {@code public.t_order.customer_id}
 * @param targetExisted  the target was there before this file (an earlier file, or the base schema),
 *                       not created earlier in this file
 * @param guarded        written to run twice: {@code IF [NOT] EXISTS} or {@code OR REPLACE}
 * @param guardable      PostgreSQL has such a guard for this statement
 * @param inTransaction  inside an explicit {@code BEGIN … COMMIT} block
 * @param lockTimeoutSet {@code lock_timeout} was set to a non-zero value earlier in the file
 */
public record MigrationStatement(String kind, MigrationAction action, QualifiedName target, String object,
                                 boolean targetExisted, boolean guarded, boolean guardable, LockLevel lock,
                                 boolean inTransaction, boolean lockTimeoutSet, SourceLocation location)
        implements ModelObject {
}

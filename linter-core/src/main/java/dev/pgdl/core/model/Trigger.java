package dev.pgdl.core.model;

import java.util.List;

/**
 * A trigger on a table, or an event trigger (then {@code table} is null).
 *
 * @param timing   {@code BEFORE}, {@code AFTER}, {@code INSTEAD OF}, or the event of an event trigger
 * @param events   {@code INSERT}, {@code UPDATE}, … upper case
 * @param function the function it executes, or null if not read
 */
public record Trigger(Identifier name, QualifiedName table, boolean eventTrigger, String timing, List<String> events,
                      QualifiedName function, SourceLocation location) implements ModelObject {

    public Trigger {
        events = List.copyOf(events);
    }
}

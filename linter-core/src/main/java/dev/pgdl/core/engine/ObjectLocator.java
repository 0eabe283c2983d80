package dev.pgdl.core.engine;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Table;

import java.util.Optional;

/** Names the objects rules report on: their dotted identity, and the table they belong to. */
interface ObjectLocator {

    /** The identity of a reported object; an object the locator does not know is a bug in the rule. */
    String of(ModelObject object);

    /** The table an object is, or belongs to; empty for other objects. */
    Optional<Table> owner(ModelObject object);
}

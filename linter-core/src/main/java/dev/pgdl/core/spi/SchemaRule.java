package dev.pgdl.core.spi;

import dev.pgdl.core.model.Schema;

/** A rule over the schema model, whether it was read from DDL files or a live catalog. */
public interface SchemaRule extends Rule {

    /** Reports every problem in {@code schema} through {@code context}; never throws on purpose. */
    void check(Schema schema, RuleContext context);
}

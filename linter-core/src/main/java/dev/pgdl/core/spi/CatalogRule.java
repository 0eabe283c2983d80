package dev.pgdl.core.spi;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;

/**
 * A rule that only a live database can answer (index validity, sequence runway, statistics,
 * role attributes against the bootstrap superuser). It runs in {@code pgdl audit}, never on DDL files.
 */
public interface CatalogRule extends Rule {

    /** Reports every problem through {@code context}; objects of {@code database} and {@code schema} may be reported. */
    void check(Schema schema, DatabaseState database, RuleContext context);
}

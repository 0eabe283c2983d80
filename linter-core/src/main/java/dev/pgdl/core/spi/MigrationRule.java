package dev.pgdl.core.spi;

import dev.pgdl.core.model.Migration;

/**
 * A rule over one migration file: its statements' operations and the schema before the file.
 * Findings name a {@link dev.pgdl.core.model.MigrationStatement} of that file.
 */
public interface MigrationRule extends Rule {

    /** Reports every problem of {@code migration} through {@code context}; never throws on purpose. */
    void check(Migration migration, RuleContext context);
}

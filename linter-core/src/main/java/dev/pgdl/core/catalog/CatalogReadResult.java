package dev.pgdl.core.catalog;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;

/** The schema read from a live database, its live state, and how many catalog queries that took. */
public record CatalogReadResult(Schema schema, DatabaseState state, int queries) {

    public String serverVersion() {
        return state.serverVersion();
    }
}

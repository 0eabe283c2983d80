package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Schema;

/** The schema read from a live database, and how many catalog queries that took. */
public record CatalogReadResult(Schema schema, int queries, String serverVersion) {
}

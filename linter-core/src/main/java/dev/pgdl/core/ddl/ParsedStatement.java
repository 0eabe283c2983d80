package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IndexElement;

import java.util.List;
import java.util.Map;

/**
 * What a statement says before the schema state is known, read from its tokens on the thread that
 * splits the files. Names are resolved later, in statement order.
 */
sealed interface ParsedStatement {

    /** CREATE INDEX; {@code at} is the index name, or the statement's start when it has none. */
    record ParsedIndex(List<Identifier> table, String name, String method, boolean unique, List<IndexElement> elements,
                       List<Identifier> include, String predicate, boolean nullsNotDistinct,
                       Map<String, String> storageParameters, boolean onlyParent, SqlToken at)
            implements ParsedStatement {
    }

    /** CREATE [MATERIALIZED] VIEW. */
    record ParsedView(List<Identifier> name, boolean materialized, boolean temporary, String query,
                      List<List<Identifier>> references, boolean selectsStar) implements ParsedStatement {
    }
}

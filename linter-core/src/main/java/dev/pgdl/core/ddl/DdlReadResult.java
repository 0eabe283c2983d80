package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Schema;

import java.util.List;

/**
 * What the DDL files describe, the statements that could not be read, and how many statements
 * there were (psql meta-commands and COPY data are not statements).
 */
public record DdlReadResult(Schema schema, List<ParseProblem> problems, int statements) {

    public DdlReadResult {
        problems = List.copyOf(problems);
    }
}

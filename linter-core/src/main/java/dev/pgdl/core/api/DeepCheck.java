package dev.pgdl.core.api;

import dev.pgdl.core.catalog.CatalogException;
import dev.pgdl.core.catalog.ScriptApplier.Rejection;
import dev.pgdl.core.catalog.ThrowawayPostgres;
import dev.pgdl.core.ddl.ScriptStatement;
import dev.pgdl.core.ddl.SqlFile;
import dev.pgdl.core.engine.Diagnostics;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.engine.SourceLocator;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Deep mode: the files run, statement by statement, on a throwaway embedded PostgreSQL; its
 * catalog is read back and linted, so what PostgreSQL itself understood is what gets checked.
 * Findings point at the statements that declared their objects; a statement PostgreSQL rejects
 * is a {@code parse/rejected} finding with its message, at the position it names.
 */
final class DeepCheck {

    private DeepCheck() {
    }

    /** {@code declared}: what the DDL reader read from the same files, for the positions of objects. */
    static List<Finding> lint(List<SqlFile> files, Schema declared, List<Rule> rules, LintConfig config)
            throws CatalogException {
        List<ScriptStatement> statements = new ArrayList<>();
        files.forEach(file -> statements.addAll(ScriptStatement.of(file)));
        ThrowawayPostgres.Built built = ThrowawayPostgres.build(statements.stream().map(ScriptStatement::text).toList());
        List<Finding> findings = new ArrayList<>(new SourceLocator(declared).locate(
                new SchemaLinter(rules, config).lint(built.schema())));
        for (Rejection rejection : built.rejections()) {
            ScriptStatement statement = statements.get(rejection.index());
            Optional.ofNullable(Diagnostics.postgresRejected(statement.at(Math.max(0, rejection.position())),
                    rejection.message(), config)).ifPresent(findings::add);
        }
        return findings;
    }
}

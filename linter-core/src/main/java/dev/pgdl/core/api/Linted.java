package dev.pgdl.core.api;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.SchemaInventory;
import dev.pgdl.core.engine.TableKinds;
import dev.pgdl.core.report.LintedSource;
import dev.pgdl.core.report.Summary;

import java.util.List;

/**
 * What one run found, before baseline and reports: every finding in report order (suppressed
 * ones marked), the figures, the files read (empty for an audit), the name of what was linted,
 * one error line per input that could not be read, what was linted as a report's header tells it
 * and every object of the linted schemas. A run whose only input could not be read at all (no
 * database could be reached) has nothing to report.
 */
record Linted(List<Finding> findings, Summary summary, List<String> files, String subject, List<String> errors,
              LintedSource source, SchemaInventory inventory, boolean hasReport) {

    Linted {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    Linted(List<Finding> findings, Summary summary, List<String> files, String subject, List<String> errors,
           LintedSource source, SchemaInventory inventory) {
        this(findings, summary, files, subject, errors, source, inventory, true);
    }

    static Linted nothingRead(List<String> errors) {
        return new Linted(List.of(), Summary.of(List.of(), 0, 0, 0, 0), List.of(), "", errors,
                LintedSource.databases(List.of()), SchemaInventory.of(List.of(), TableKinds.DEFAULT), false);
    }
}

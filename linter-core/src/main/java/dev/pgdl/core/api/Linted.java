package dev.pgdl.core.api;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.report.Summary;

import java.util.List;

/**
 * What one run found, before baseline and reports: every finding in report order (suppressed
 * ones marked), the figures, the files read (empty for an audit), the name of what was linted,
 * and one error line per input that could not be read. A run whose only input could not be read
 * at all (no database could be reached) has nothing to report.
 */
record Linted(List<Finding> findings, Summary summary, List<String> files, String subject, List<String> errors,
              boolean hasReport) {

    Linted {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        errors = List.copyOf(errors);
    }

    Linted(List<Finding> findings, Summary summary, List<String> files, String subject, List<String> errors) {
        this(findings, summary, files, subject, errors, true);
    }

    static Linted nothingRead(List<String> errors) {
        return new Linted(List.of(), Summary.of(List.of(), 0, 0, 0, 0), List.of(), "", errors, false);
    }
}

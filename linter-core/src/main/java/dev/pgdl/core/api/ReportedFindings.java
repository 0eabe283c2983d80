package dev.pgdl.core.api;

import dev.pgdl.core.engine.Finding;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * A run's findings as front ends show them, each rendered in the run's language when it is read:
 * the command line writes reports and never reads them, and rendering every message once more
 * cost as much as writing a report.
 */
final class ReportedFindings extends AbstractList<ReportedFinding> implements RandomAccess {

    private final List<Finding> findings;
    private final Locale language;

    ReportedFindings(List<Finding> findings, Locale language) {
        this.findings = List.copyOf(findings);
        this.language = language;
    }

    @Override
    public ReportedFinding get(int index) {
        Finding finding = findings.get(index);
        return new ReportedFinding(finding.rule(), finding.severity().id(), finding.object(),
                finding.location().toString(), finding.message(language), finding.where());
    }

    @Override
    public int size() {
        return findings.size();
    }
}

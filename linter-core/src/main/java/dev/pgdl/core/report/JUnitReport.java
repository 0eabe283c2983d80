package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JUnit XML, as Jenkins and GitLab show test results: a {@code <testsuite>} per file, a
 * {@code <testcase>} per rule that ran on it, failing with that rule's findings in the file. Findings
 * without a file (an audit's) form the suite of their database.
 */
public final class JUnitReport implements ReportWriter {

    private final ReportContext context;

    public JUnitReport(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        context.files().forEach(file -> byFile.put(file, List.of()));
        byFile.putAll(FindingGroups.byFile(findings,
                finding -> finding.database() == null ? context.subject() : finding.database()));
        TreeSet<String> rules = new TreeSet<>(context.enabledRules());
        findings.forEach(finding -> rules.add(finding.rule()));
        try (Xml xml = Xml.document(out)) {
            xml.start("testsuites", "name", "pgdl", "tests", String.valueOf(byFile.size() * rules.size()),
                    "failures", String.valueOf(failures(byFile)), "time", seconds(summary.durationMs()));
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                writeSuite(file.getKey(), file.getValue(), rules, xml);
            }
            xml.end();
        }
    }

    private void writeSuite(String file, List<Finding> findings, TreeSet<String> rules, Xml xml) throws IOException {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        xml.start("testsuite", "name", file, "tests", String.valueOf(rules.size()),
                "failures", String.valueOf(byRule.size()), "errors", "0", "skipped", "0");
        for (String rule : rules) {
            xml.start("testcase", "name", rule, "classname", file);
            List<Finding> failed = byRule.get(rule);
            if (failed != null) {
                xml.start("failure", "message", failed.size() + (failed.size() == 1 ? " finding" : " findings"),
                        "type", worst(failed)).text(details(failed)).end();
            }
            xml.end();
        }
        xml.end();
    }

    private String details(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            text.append(finding.location().isKnown() ? finding.location().toString() : finding.object()).append(": ")
                    .append(finding.severity().id()).append(' ').append(finding.message(context.language())).append('\n');
        }
        return text.toString();
    }

    private static String worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElseThrow().id();
    }

    private static int failures(Map<String, List<Finding>> byFile) {
        return byFile.values().stream().mapToInt(f -> (int) f.stream().map(Finding::rule).distinct().count()).sum();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}

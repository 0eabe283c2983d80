package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checkstyle's XML result format, which Jenkins warnings-ng and many CI servers read: a
 * {@code <file>} per file with an {@code <error>} per finding ({@code source} is the rule id). A
 * finding without a file (an audit's) is listed under its object's name, without a line.
 */
public final class CheckstyleReport implements ReportWriter {

    /** The Checkstyle result-format version these documents follow. */
    private static final String FORMAT_VERSION = "10.0";

    private final Locale language;

    public CheckstyleReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = FindingGroups.byFile(findings, Finding::object);
        try (Xml xml = Xml.document(out)) {
            xml.start("checkstyle", "version", FORMAT_VERSION);
            for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
                xml.start("file", "name", file.getKey());
                for (Finding finding : file.getValue()) {
                    writeError(finding, xml);
                }
                xml.end();
            }
            xml.end();
        }
    }

    private void writeError(Finding finding, Xml xml) throws IOException {
        String severity = finding.severity().id();
        String message = finding.message(language);
        String source = finding.rule();
        if (finding.location().isKnown()) {
            xml.start("error", "line", String.valueOf(finding.location().line()),
                    "column", String.valueOf(finding.location().column()),
                    "severity", severity, "message", message, "source", source);
        } else {
            xml.start("error", "severity", severity, "message", message, "source", source);
        }
        xml.end();
    }
}

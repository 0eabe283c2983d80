package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * One line per finding, {@code file:line:col: severity rule-id message} (compiler style, so
 * editors and CI logs link to the position), then a summary line. A finding without a file, such
 * as a rule failure or one from an audit, names its object instead of a position, after its
 * database in brackets when it has one.
 */
public final class TextReport implements ReportWriter {

    private final Locale language;

    public TextReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        for (Finding finding : findings) {
            String where = finding.location().isKnown() ? finding.location().toString()
                    : finding.database() == null ? finding.object() : "[" + finding.database() + "] " + finding.object();
            out.write(where + ": " + finding.severity().id() + " " + finding.rule() + " " + finding.message(language)
                    + "\n");
        }
        out.write(summaryLine(summary) + "\n");
    }

    static String summaryLine(Summary s) {
        return count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", " + count(s.infos(), "info")
                + " in " + count(s.files(), "file") + " (" + count(s.statements(), "statement") + ", "
                + s.unparsed() + " unparsed) in " + s.durationMs() + " ms";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line per finding, {@code file:line:col: severity rule-id message} (compiler style, so
 * editors and CI logs link to the position), then a summary line. A finding without a file, such
 * as a rule failure or one from an audit, names its object instead of a position, after its
 * database in brackets when it has one. A suppressed finding (listed only when asked for) ends
 * with its ignore comment's reason.
 */
public final class TextReport implements ReportWriter {

    private final Locale language;

    public TextReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        for (Finding finding : findings) {
            out.write(finding.where() + ": " + finding.severity().id() + " " + finding.rule() + " "
                    + finding.message(language)
                    + finding.suppression().map(reason -> " [suppressed" + (reason.isEmpty() ? "" : ": " + reason) + "]")
                    .orElse("") + "\n");
        }
        out.write(summaryLine(summary) + "\n");
    }

    static String summaryLine(Summary s) {
        return count(s.errors(), "error") + ", " + count(s.warnings(), "warning") + ", " + count(s.infos(), "info")
                + " in " + count(s.files(), "file") + " (" + count(s.statements(), "statement") + ", "
                + s.unparsed() + " unparsed) in " + s.durationMs() + " ms" + silenced(s);
    }

    private static String silenced(Summary s) {
        List<String> parts = new ArrayList<>();
        if (s.suppressed() > 0) {
            parts.add(s.suppressed() + " suppressed");
        }
        if (s.baselined() > 0) {
            parts.add(s.baselined() + " in the baseline");
        }
        if (s.fixedBaselineEntries() > 0) {
            parts.add(count(s.fixedBaselineEntries(), "baseline entry", "baseline entries")
                    + " fixed (pgdl baseline --prune removes them)");
        }
        return parts.isEmpty() ? "" : "; " + String.join(", ", parts);
    }

    private static String count(int n, String noun) {
        return count(n, noun, noun + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}

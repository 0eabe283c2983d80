package dev.pgdl.core.api;

import dev.pgdl.core.report.CheckstyleReport;
import dev.pgdl.core.report.GitHubReport;
import dev.pgdl.core.report.GitLabReport;
import dev.pgdl.core.report.JUnitReport;
import dev.pgdl.core.report.JsonReport;
import dev.pgdl.core.report.ReportContext;
import dev.pgdl.core.report.ReportWriter;
import dev.pgdl.core.report.SarifReport;
import dev.pgdl.core.report.TextReport;
import dev.pgdl.core.report.html.HtmlReport;

import java.util.Locale;
import java.util.function.Function;

/**
 * The formats a run can write its report in, each with the writer that makes it. Formats that
 * can mark a suppressed finding list them when asked; the CI formats never show them, because
 * their readers (CI servers) would count them as problems; the HTML report always shows them,
 * in a section of their own.
 */
public enum ReportFormat {
    TEXT(Suppressed.ON_REQUEST, context -> new TextReport(context.language())),
    JSON(Suppressed.ON_REQUEST, context -> new JsonReport(context.language())),
    SARIF(Suppressed.ON_REQUEST, SarifReport::new),
    JUNIT(Suppressed.NEVER, JUnitReport::new),
    CHECKSTYLE(Suppressed.NEVER, context -> new CheckstyleReport(context.language())),
    GITHUB(Suppressed.NEVER, context -> new GitHubReport(context.language())),
    GITLAB(Suppressed.NEVER, context -> new GitLabReport(context.language())),
    HTML(Suppressed.ALWAYS, HtmlReport::new);

    /** Whether a format shows suppressed findings. */
    private enum Suppressed { NEVER, ON_REQUEST, ALWAYS }

    private final Suppressed suppressed;
    private final Function<ReportContext, ReportWriter> writer;

    ReportFormat(Suppressed suppressed, Function<ReportContext, ReportWriter> writer) {
        this.suppressed = suppressed;
        this.writer = writer;
    }

    /** The name on the command line: {@code text}, {@code sarif}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this format shows suppressed findings when {@code --show-suppressed} is {@code requested} or not. */
    boolean showsSuppressed(boolean requested) {
        return suppressed == Suppressed.ALWAYS || suppressed == Suppressed.ON_REQUEST && requested;
    }

    ReportWriter writer(ReportContext context) {
        return writer.apply(context);
    }
}

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

import java.util.Locale;
import java.util.function.Function;

/**
 * The formats a run can write its report in, each with the writer that makes it. Formats that
 * can mark a suppressed finding list them when asked; the others never show them, because their
 * readers (CI servers) would count them as problems.
 */
public enum ReportFormat {
    TEXT(true, context -> new TextReport(context.language())),
    JSON(true, context -> new JsonReport(context.language())),
    SARIF(true, SarifReport::new),
    JUNIT(false, JUnitReport::new),
    CHECKSTYLE(false, context -> new CheckstyleReport(context.language())),
    GITHUB(false, context -> new GitHubReport(context.language())),
    GITLAB(false, context -> new GitLabReport(context.language()));

    private final boolean showsSuppressed;
    private final Function<ReportContext, ReportWriter> writer;

    ReportFormat(boolean showsSuppressed, Function<ReportContext, ReportWriter> writer) {
        this.showsSuppressed = showsSuppressed;
        this.writer = writer;
    }

    /** The name on the command line: {@code text}, {@code sarif}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean showsSuppressed() {
        return showsSuppressed;
    }

    ReportWriter writer(ReportContext context) {
        return writer.apply(context);
    }
}

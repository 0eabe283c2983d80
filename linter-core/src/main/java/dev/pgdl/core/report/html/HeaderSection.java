package dev.pgdl.core.report.html;

import dev.pgdl.core.report.LintedSource;
import dev.pgdl.core.report.ConfigurationSummary;
import dev.pgdl.core.report.ReportContext;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The header: what was linted (files, or a database and its server version), when, by which pgdl, with what configuration. */
final class HeaderSection {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private final Labels labels;

    HeaderSection(Labels labels) {
        this.labels = labels;
    }

    String title(LintedSource subject) {
        return labels.format(subject.isAudit() ? "title.database" : "title.files", subject.name());
    }

    String html(ReportContext context) {
        LintedSource subject = context.run().linted();
        StringBuilder html = new StringBuilder("<header id=\"header\"><h1>").append(Html.escape(title(subject)))
                .append("</h1><dl class=\"run\">");
        if (subject.isAudit()) {
            for (LintedSource.Database database : subject.databases()) {
                item(html, "header.database", "<code>" + Html.escape(database.url()) + "</code>");
                item(html, "header.server-version", Html.escape(database.serverVersion()));
            }
        } else {
            StringBuilder paths = new StringBuilder();
            subject.paths().forEach(path -> paths.append("<code>").append(Html.escape(path)).append("</code> "));
            item(html, "header.linted", paths + "(" + Html.escape(labels.format("header.files", subject.files())) + ")");
        }
        ZonedDateTime generated = context.run().generatedAt().atZone(ZoneId.systemDefault());
        item(html, "header.generated", "<time datetime=\"" + generated.truncatedTo(ChronoUnit.SECONDS).toOffsetDateTime()
                + "\">" + SHOWN.format(generated) + "</time>");
        item(html, "header.pgdl-version", Html.escape(context.run().pgdlVersion()));
        item(html, "header.configuration", configuration(context.run().configuration()));
        return html.append("</dl></header>").toString();
    }

    private String configuration(ConfigurationSummary configuration) {
        StringBuilder html = new StringBuilder(configuration.file().map(file -> "<code>" + Html.escape(file) + "</code>")
                .orElse(Html.escape(labels.get("header.config-default"))));
        html.append("; ").append(Html.escape(labels.format("header.target-postgres",
                String.valueOf(configuration.targetPostgres())))).append("; ").append(Html.escape(labels.format(
                        "header.rules-enabled", configuration.enabledRules(), configuration.totalRules())));
        if (!configuration.changedRules().isEmpty()) {
            html.append("<details class=\"changed-rules\"><summary>").append(Html.escape(labels.get("header.rules-changed")))
                    .append(" (").append(configuration.changedRules().size()).append(")</summary><ul>");
            configuration.changedRules().forEach(rule -> html.append("<li><code>").append(Html.escape(rule))
                    .append("</code></li>"));
            html.append("</ul></details>");
        }
        return html.toString();
    }

    private void item(StringBuilder html, String labelKey, String valueHtml) {
        html.append("<dt>").append(Html.escape(labels.get(labelKey))).append("</dt><dd>").append(valueHtml).append("</dd>");
    }
}

package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.ObjectKind;
import dev.pgdl.core.report.Summary;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The summary: counts per severity, then three charts: findings by severity, findings by rule
 * category (stacked by severity), and the compliance score of each table kind.
 */
final class SummarySection {

    private final Labels labels;

    SummarySection(Labels labels) {
        this.labels = labels;
    }

    String html(List<Finding> findings, Summary summary, List<ObjectFindings> rows) {
        StringBuilder html = new StringBuilder("<section id=\"summary\"><h2>").append(labels.get("summary"))
                .append("</h2><div class=\"totals\">");
        int[] counts = {summary.errors(), summary.warnings(), summary.infos()};
        for (int i = 0; i < HtmlReport.SEVERITIES.size(); i++) {
            Severity severity = HtmlReport.SEVERITIES.get(i);
            html.append("<p class=\"total ").append(severity.id()).append("\"><span class=\"count\" data-severity=\"")
                    .append(severity.id()).append("\">").append(counts[i]).append("</span> ")
                    .append(labels.get("severity." + severity.id() + "s")).append("</p>");
        }
        long tables = rows.stream().filter(row -> row.object().kind() == ObjectKind.TABLE).count();
        html.append("<p class=\"objects\">").append(Html.escape(labels.format("summary.objects", rows.size(), tables)))
                .append("<br>").append(Html.escape(labels.format("summary.set-aside", summary.suppressed(),
                        summary.baselined())))
                .append("<br>").append(Html.escape(labels.format("summary.duration", summary.durationMs())))
                .append("</p></div><div class=\"charts\">");
        html.append(severityChart(counts)).append(categoryChart(findings)).append(complianceChart(rows));
        return html.append("</div></section>").toString();
    }

    private String severityChart(int[] counts) {
        List<BarChart.Bar> bars = new ArrayList<>();
        int max = 0;
        for (int i = 0; i < HtmlReport.SEVERITIES.size(); i++) {
            String name = HtmlReport.SEVERITIES.get(i).id();
            String label = labels.severity(HtmlReport.SEVERITIES.get(i));
            bars.add(new BarChart.Bar(label, List.of(new BarChart.Segment(name, counts[i], label + ": " + counts[i])),
                    String.valueOf(counts[i])));
            max = Math.max(max, counts[i]);
        }
        return BarChart.figure("chart-severity", labels.get("chart.severity"), max == 0 ? List.of() : bars, max,
                labels.get("chart.empty"));
    }

    private String categoryChart(List<Finding> findings) {
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        for (Finding finding : findings) {
            String category = finding.rule().contains("/") ? finding.rule().substring(0, finding.rule().indexOf('/'))
                    : finding.rule();
            byCategory.computeIfAbsent(category, c -> new int[HtmlReport.SEVERITIES.size()])[HtmlReport.SEVERITIES.indexOf(finding.severity())]++;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        byCategory.forEach((category, counts) -> {
            List<BarChart.Segment> segments = new ArrayList<>();
            for (int i = 0; i < HtmlReport.SEVERITIES.size(); i++) {
                segments.add(new BarChart.Segment(HtmlReport.SEVERITIES.get(i).id(), counts[i],
                        category + ": " + counts[i] + " " + labels.get("severity." + HtmlReport.SEVERITIES.get(i).id() + "s")));
            }
            bars.add(new BarChart.Bar(category, segments, String.valueOf(Arrays.stream(counts).sum())));
        });
        bars.sort(Comparator.comparingInt(BarChart.Bar::total).reversed().thenComparing(BarChart.Bar::label));
        int max = bars.stream().mapToInt(BarChart.Bar::total).max().orElse(0);
        return BarChart.figure("chart-category", labels.get("chart.category"), bars, max, labels.get("chart.empty"));
    }

    private String complianceChart(List<ObjectFindings> rows) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Compliance score : Compliance.of(rows)) {
            String kind = score.tableKind().isEmpty() ? labels.get("table-kind.none") : score.tableKind();
            String value = labels.format("chart.compliance.value", score.percent(), score.compliant(), score.tables());
            bars.add(new BarChart.Bar(kind, List.of(
                    new BarChart.Segment("compliant", score.percent(), kind + ": " + value),
                    new BarChart.Segment("failing", 100 - score.percent(), kind + ": " + value)), value));
        }
        return BarChart.figure("chart-compliance", labels.get("chart.compliance"), bars, 100,
                labels.get("chart.no-tables"));
    }
}

package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.InventoryObject;
import dev.pgdl.core.engine.ObjectKind;
import dev.pgdl.core.spi.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The object table: one row per object with its counts per severity, sortable by every column
 * and filterable by severity, rule, kind and name; each row opens to its findings, also where
 * scripts do not run (the script only sorts and filters). Rows are grid rows, not
 * an HTML table, so that the browser lays out only the rows on screen (CSS content-visibility):
 * a report of thousands of tables opens as fast as a small one.
 */
final class ObjectsSection {

    private final Labels labels;
    private final FindingItem items;
    private final boolean severalDatabases;

    /** {@code severalDatabases}: whether each object is named with its database. */
    ObjectsSection(Labels labels, FindingItem items, boolean severalDatabases) {
        this.labels = labels;
        this.items = items;
        this.severalDatabases = severalDatabases;
    }

    void write(List<ObjectFindings> rows, Writer out) throws IOException {
        out.write("<section id=\"objects\"><h2>" + Html.escape(labels.get("objects")) + "</h2>");
        out.write(filters(rows));
        out.write("<div id=\"objects-table\"><div class=\"columns\">");
        for (String column : List.of("name:object", "kind:kind", "tableKind:table-kind", "errors:errors",
                "warnings:warnings", "infos:infos", "declared:declared")) {
            String[] parts = column.split(":");
            out.write("<span data-sort=\"" + parts[0] + "\"><button type=\"button\">"
                    + Html.escape(labels.get("objects.column." + parts[1])) + "</button></span>");
        }
        out.write("</div>");
        StringBuilder body = new StringBuilder(4096);
        for (ObjectFindings row : rows) {
            body.setLength(0);
            row(row, body);
            out.write(body.toString());
        }
        out.write("</div></section>");
    }

    private String filters(List<ObjectFindings> rows) {
        Set<String> rules = new TreeSet<>();
        Set<ObjectKind> kinds = EnumSet.noneOf(ObjectKind.class);
        rows.forEach(row -> {
            kinds.add(row.object().kind());
            row.findings().forEach(finding -> rules.add(finding.rule()));
        });
        StringBuilder html = new StringBuilder("<form class=\"filters\" id=\"filters\"><fieldset><legend>")
                .append(Html.escape(labels.get("objects.filter"))).append("</legend>");
        html.append(select("filter-severity", "objects.filter.severity",
                HtmlReport.SEVERITIES.stream().map(s -> new String[] {s.id(), labels.severity(s)}).toList()));
        html.append(select("filter-rule", "objects.filter.rule",
                rules.stream().map(rule -> new String[] {rule, rule}).toList()));
        html.append(select("filter-kind", "objects.filter.kind",
                kinds.stream().map(kind -> new String[] {kind.id(), labels.kind(kind)}).toList()));
        html.append("<label>").append(Html.escape(labels.get("objects.filter.text")))
                .append(" <input type=\"search\" id=\"filter-text\"></label>");
        html.append("<output id=\"shown-count\" data-template=\"").append(Html.escape(labels.get("objects.shown")))
                .append("\">").append(Html.escape(labels.format("objects.shown", rows.size(), rows.size())))
                .append("</output></fieldset></form>");
        return html.toString();
    }

    private String select(String id, String labelKey, List<String[]> options) {
        StringBuilder html = new StringBuilder("<label>").append(Html.escape(labels.get(labelKey)))
                .append(" <select id=\"").append(id).append("\"><option value=\"\">")
                .append(Html.escape(labels.get("objects.filter.all"))).append("</option>");
        for (String[] option : options) {
            html.append("<option value=\"").append(Html.escape(option[0])).append("\">").append(Html.escape(option[1]))
                    .append("</option>");
        }
        return html.append("</select></label>").toString();
    }

    /** An object with findings is a {@code <details>} that opens to them, with or without the script. */
    private void row(ObjectFindings row, StringBuilder html) {
        InventoryObject object = row.object();
        String element = row.findings().isEmpty() ? "div" : "details";
        String cells = row.findings().isEmpty() ? "div" : "summary";
        String name = Html.escape(object.identity());
        String tableKind = Html.escape(object.tableKind().orElse(""));
        String declared = Html.escape(object.location().toString());
        html.append('<').append(element).append(" class=\"object\" data-name=\"").append(name)
                .append("\" data-database=\"").append(Html.escape(object.database())).append("\" data-kind=\"")
                .append(object.kind().id()).append("\" data-table-kind=\"").append(tableKind)
                .append("\" data-declared=\"").append(declared);
        for (Severity severity : HtmlReport.SEVERITIES) {
            html.append("\" data-").append(severity.id()).append("s=\"").append(row.count(severity));
        }
        html.append("\"><").append(cells).append(" class=\"row\"><span class=\"name\">");
        if (severalDatabases && !object.database().isEmpty()) {
            html.append("<span class=\"database\">").append(Html.escape(object.database())).append("</span> ");
        }
        html.append(name).append("</span><span>").append(Html.escape(labels.kind(object.kind()))).append("</span><span>")
                .append(tableKind).append("</span>");
        for (Severity severity : HtmlReport.SEVERITIES) {
            int count = row.count(severity);
            html.append("<span class=\"count").append(count > 0 ? " " + severity.id() : "").append("\">").append(count)
                    .append("</span>");
        }
        html.append("<span class=\"declared\">").append(declared).append("</span></").append(cells).append('>');
        if (!row.findings().isEmpty()) {
            html.append("<ul class=\"findings\">");
            row.findings().forEach(finding -> items.append(finding, object.identity(), html));
            html.append("</ul>");
        }
        html.append("</").append(element).append('>');
    }
}

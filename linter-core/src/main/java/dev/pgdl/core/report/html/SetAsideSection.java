package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.Finding;

import java.util.List;

/**
 * A list of findings kept apart from the summary and the objects: those silenced by ignore
 * comments (with their reasons) and those the baseline accepted.
 */
final class SetAsideSection {

    private final Labels labels;
    private final FindingItem items;

    SetAsideSection(Labels labels, FindingItem items) {
        this.labels = labels;
        this.items = items;
    }

    /** The section {@code id} ({@code suppressed}, {@code baselined}), titled and introduced by the labels of that id. */
    String html(String id, List<Finding> findings) {
        StringBuilder html = new StringBuilder("<section id=\"").append(id).append("\"><h2>")
                .append(Html.escape(labels.get("sections." + id))).append(" (").append(findings.size())
                .append(")</h2><p>").append(Html.escape(labels.get("sections." + id + ".intro"))).append("</p>");
        if (findings.isEmpty()) {
            html.append("<p class=\"empty\">").append(Html.escape(labels.get("sections.none"))).append("</p>");
        } else {
            html.append("<ul class=\"findings\">");
            findings.forEach(finding -> items.append(finding, "", html));
            html.append("</ul>");
        }
        return html.append("</section>").toString();
    }
}

package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.Finding;

import java.util.Set;

/**
 * One finding as a list item: severity, rule (linked to its explanation when the report has one),
 * message, where it is, and for a suppressed finding the ignore comment's reason.
 */
final class FindingItem {

    private final Labels labels;
    private final Set<String> explainedRules;

    /** {@code explainedRules}: the rules the report explains, which findings link to. */
    FindingItem(Labels labels, Set<String> explainedRules) {
        this.labels = labels;
        this.explainedRules = explainedRules;
    }

    /** Appends the item of {@code finding}; {@code shownObject} is the object the list is under, not repeated. */
    void append(Finding finding, String shownObject, StringBuilder html) {
        String severity = finding.severity().id();
        html.append("<li class=\"finding\" data-severity=\"").append(severity).append("\" data-rule=\"")
                .append(Html.escape(finding.rule())).append("\"><span class=\"severity ").append(severity).append("\">")
                .append(Html.escape(labels.severity(finding.severity()))).append("</span> ");
        if (explainedRules.contains(finding.rule())) {
            html.append("<a class=\"rule\" href=\"#").append(Html.ruleAnchor(finding.rule())).append("\">")
                    .append(Html.escape(finding.rule())).append("</a>");
        } else {
            html.append("<code class=\"rule\">").append(Html.escape(finding.rule())).append("</code>");
        }
        html.append(" <span class=\"message\">").append(Html.escape(finding.message(labels.language())))
                .append("</span> <span class=\"where\">");
        if (finding.location().isKnown()) {
            html.append(Html.escape(finding.location().toString()));
        }
        if (!finding.object().isEmpty() && !finding.object().equals(shownObject)) {
            html.append(finding.location().isKnown() ? " " : "").append("<code>").append(Html.escape(finding.object()))
                    .append("</code>");
        }
        html.append("</span>");
        finding.suppression().ifPresent(reason -> html.append(" <span class=\"reason\">").append(Html.escape(
                reason.isEmpty() ? labels.get("finding.no-reason") : labels.format("finding.reason", reason)))
                .append("</span>"));
        html.append("</li>");
    }
}

package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.RuleTexts;
import dev.pgdl.core.report.RuleDocumentation;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Map;

/**
 * The explanation of every rule that found something: its summary, default severity, category,
 * guideline section and its documentation (what, why, how to fix, how to suppress), rendered
 * from the rule's Markdown into HTML in the report's language.
 */
final class RulesSection {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser MARKDOWN = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();
    /** The documentation's own headings ({@code ## Why}) sit below the rule's heading (h3). */
    private static final int HEADING_SHIFT = 2;

    private final Labels labels;
    private final RuleDocumentation documentation;

    RulesSection(Labels labels) {
        this.labels = labels;
        this.documentation = new RuleDocumentation(labels.language());
    }

    /** {@code rules}: the rules to explain, each with its number of findings. */
    String html(Map<Rule, Integer> rules) {
        StringBuilder html = new StringBuilder("<section id=\"rules\"><h2>").append(Html.escape(labels.get("rules")))
                .append("</h2><p>").append(Html.escape(labels.get("rules.intro"))).append("</p>");
        rules.forEach((rule, findings) -> article(rule, findings, html));
        return html.append("</section>").toString();
    }

    private void article(Rule rule, int findings, StringBuilder html) {
        RuleMeta meta = rule.meta();
        html.append("<article class=\"rule\" id=\"").append(Html.ruleAnchor(meta.id())).append("\"><h3><code>")
                .append(Html.escape(meta.id())).append("</code></h3><p class=\"summary\">")
                .append(Html.escape(RuleTexts.of(rule, labels.language()).require(meta.summaryKey())))
                .append("</p><dl class=\"facts\">");
        fact(html, "rules.default-severity", labels.severity(meta.defaultSeverity()));
        fact(html, "rules.category", meta.category());
        fact(html, "rules.guideline", meta.guideline());
        fact(html, "rules.findings", String.valueOf(findings));
        html.append("</dl>");
        documentation.prose(rule).ifPresent(markdown -> html.append("<div class=\"doc\">").append(render(markdown))
                .append("</div>"));
        html.append("</article>");
    }

    private void fact(StringBuilder html, String labelKey, String value) {
        html.append("<dt>").append(Html.escape(labels.get(labelKey))).append("</dt><dd>").append(Html.escape(value))
                .append("</dd>");
    }

    private static String render(String markdown) {
        Node document = MARKDOWN.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                heading.setLevel(Math.min(6, heading.getLevel() + HEADING_SHIFT));
                visitChildren(heading);
            }
        });
        return RENDERER.render(document);
    }
}

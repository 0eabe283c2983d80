package dev.pgdl.core.report.html;

import dev.pgdl.core.report.ReportContext;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.report.ReportWriter;
import dev.pgdl.core.report.Summary;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The audit report for architects: one self-contained HTML file (styles and script inline, a
 * content security policy that forbids any network access) with a header, a summary with
 * charts, the table of objects with their findings, and the explanation of every rule that found
 * something, in the selected language.
 */
public final class HtmlReport implements ReportWriter {

    /** The severities a finding can have, most severe first. */
    static final List<Severity> SEVERITIES = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

    private final Labels labels;
    private final ReportContext context;

    public HtmlReport(ReportContext context) {
        this.labels = new Labels(context.language());
        this.context = context;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        HeaderSection header = new HeaderSection(labels);
        List<Finding> reported = findings.stream().filter(finding -> !finding.isSuppressed()).toList();
        List<Finding> suppressed = findings.stream().filter(Finding::isSuppressed).toList();
        List<ObjectFindings> rows = ObjectFindings.group(context.inventory(), reported);
        List<Finding> shown = new ArrayList<>(findings);
        shown.addAll(context.baselined());
        Map<Rule, Integer> explained = explainedRules(shown);
        FindingItem items = new FindingItem(labels, ruleIds(explained));
        out.write("<!DOCTYPE html>\n<html lang=\"" + labels.languageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"generator\" content=\"pgdl " + Html.escape(context.run().pgdlVersion()) + "\"><title>"
                + Html.escape(header.title(context.run().linted())) + "</title><style>" + STYLE
                + "</style></head><body>\n");
        out.write(header.html(context));
        out.write("<nav>");
        for (String section : List.of("summary", "objects", "sections.suppressed", "sections.baselined", "rules")) {
            out.write("<a href=\"#" + section.substring(section.indexOf('.') + 1) + "\">"
                    + Html.escape(labels.get(section)) + "</a> ");
        }
        out.write("</nav><main>\n");
        out.write(new SummarySection(labels).html(reported, summary, rows));
        out.write("\n");
        new ObjectsSection(labels, items, context.run().linted().databases().size() > 1).write(rows, out);
        SetAsideSection setAside = new SetAsideSection(labels, items);
        out.write("\n" + setAside.html("suppressed", suppressed) + setAside.html("baselined", context.baselined())
                + "\n");
        out.write(new RulesSection(labels).html(explained));
        out.write("</main><footer>" + Html.escape(labels.format("footer", context.run().pgdlVersion())) + "</footer><script>"
                + SCRIPT + "</script></body></html>\n");
    }

    /** The rules of {@code findings}, in id order, with their number of findings. */
    private Map<Rule, Integer> explainedRules(List<Finding> findings) {
        Map<String, Integer> counts = new HashMap<>();
        findings.forEach(finding -> counts.merge(finding.rule(), 1, Integer::sum));
        Map<Rule, Integer> explained = new LinkedHashMap<>();
        context.rules().stream().filter(rule -> counts.containsKey(rule.meta().id()))
                .forEach(rule -> explained.put(rule, counts.get(rule.meta().id())));
        return explained;
    }

    private static Set<String> ruleIds(Map<Rule, Integer> rules) {
        return rules.keySet().stream().map(rule -> rule.meta().id()).collect(Collectors.toSet());
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the pgdl jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

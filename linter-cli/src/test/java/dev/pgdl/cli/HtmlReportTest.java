package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML report's structure, without a browser: its sections, that every count agrees with the
 * findings, that its links resolve and that it needs nothing from the network.
 * {@code HtmlReportBrowserTest} checks the same report in Chromium.
 */
class HtmlReportTest {

    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    @TempDir
    Path dir;

    @Test
    void theReportHasAHeaderASummaryWithChartsTheObjectsAndTheRules() throws IOException {
        Document html = html("examples/shop", "en");

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.title()).isEqualTo("pgdl report: ../examples/shop");
        assertThat(definition(html, "Linted")).isEqualTo("../examples/shop (1 file)");
        assertThat(definition(html, "pgdl version")).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(definition(html, "Configuration")).startsWith("the bundled default rule set (rules.yml); "
                + "target PostgreSQL 16; ");
        assertThat(html.select("main > section").eachAttr("id"))
                .containsExactly("summary", "objects", "suppressed", "baselined", "rules");
        assertThat(html.select("#summary figure.chart svg")).hasSize(3);
        assertThat(html.select("#objects-table .object")).isNotEmpty();
        assertThat(html.select("#rules article.rule")).isNotEmpty();
    }

    @Test
    void everyCountAgreesWithTheFindingsOfTheJsonReport() throws IOException {
        Document html = html("examples/shop", "en");
        JsonNode json = json("examples/shop", "en");

        List<String> messages = new ArrayList<>();
        json.get("findings").forEach(finding -> messages.add(finding.get("message").asText()));
        assertThat(html.select("li.finding .message").eachText()).containsExactlyInAnyOrderElementsOf(messages);
        for (String severity : SEVERITIES) {
            int expected = json.at("/summary/" + severity + "s").asInt();
            assertThat(html.select("li.finding[data-severity=" + severity + "]")).as(severity).hasSize(expected);
            assertThat(html.selectFirst(".totals .count[data-severity=" + severity + "]").text())
                    .isEqualTo(String.valueOf(expected));
            assertThat(html.selectFirst("#chart-severity rect[data-segment=" + severity + "]").attr("data-value"))
                    .isEqualTo(String.valueOf(expected));
        }
        int categorized = html.select("#chart-category g.bar").stream()
                .mapToInt(bar -> Integer.parseInt(bar.attr("data-total"))).sum();
        assertThat(categorized).isEqualTo(messages.size());
        for (Element object : html.select("#objects-table .object")) {
            for (String severity : SEVERITIES) {
                assertThat(object.attr("data-" + severity + "s")).as(object.attr("data-name") + " " + severity)
                        .isEqualTo(String.valueOf(object.select("li.finding[data-severity=" + severity + "]").size()));
            }
        }
    }

    @Test
    void columnsAndConstraintsAreFindingsOfTheirTableAndObjectsWithoutFindingsAreListed() throws IOException {
        Document html = html("examples/shop", "en");

        Element customers = html.selectFirst(".object[data-name=public.customers]");
        assertThat(customers.attr("data-kind")).isEqualTo("table");
        assertThat(customers.select("li.finding .where code").eachText()).contains("public.customers.id");
        assertThat(html.select(".object[data-errors=0][data-warnings=0][data-infos=0]").eachAttr("data-kind"))
                .isNotEmpty().doesNotContain("other");
        Element worst = html.selectFirst("#objects-table .object");
        assertThat(html.select("#objects-table .object").stream()
                .mapToInt(object -> Integer.parseInt(object.attr("data-errors"))).max().getAsInt())
                .as("worst first").isEqualTo(Integer.parseInt(worst.attr("data-errors")));
    }

    @Test
    void complianceIsTheShareOfTablesWithoutErrorPerTableKind() throws IOException {
        Document html = html("examples", "en");

        Map<String, int[]> tables = new HashMap<>();
        for (Element table : html.select(".object[data-kind=table]")) {
            int[] counts = tables.computeIfAbsent(table.attr("data-table-kind"), kind -> new int[2]);
            counts[0]++;
            counts[1] += table.attr("data-errors").equals("0") ? 1 : 0;
        }
        List<Element> bars = html.select("#chart-compliance g.bar");
        assertThat(bars).hasSize(tables.size());
        for (Element bar : bars) {
            String kind = bar.attr("data-label").equals("(no kind)") ? "" : bar.attr("data-label");
            int[] counts = tables.get(kind);
            assertThat(bar.selectFirst("rect[data-segment=compliant]").attr("data-value")).as(kind)
                    .isEqualTo(String.valueOf(counts[1] * 100 / counts[0]));
            assertThat(bar.selectFirst("text.value").text()).as(kind)
                    .endsWith("(" + counts[1] + " of " + counts[0] + ")");
        }
        assertThat(bars.get(bars.size() - 1).attr("data-label")).isEqualTo("(no kind)");
        assertThat(tables.get("master")).as("the guideline example's master tables have no error").containsExactly(2, 2);
        assertThat(tables.get("")[1]).as("the shop's tables all have errors").isZero();
    }

    @Test
    void everyLinkLeadsInsideTheReportAndNothingComesFromTheNetwork() throws IOException {
        Document html = html("examples/shop", "en");

        List<String> targets = html.select("a[href]").eachAttr("href");
        assertThat(targets).isNotEmpty().allSatisfy(href -> {
            assertThat(href).startsWith("#");
            assertThat(html.getElementById(href.substring(1))).as(href).isNotNull();
        });
        assertThat(html.select("li.finding a.rule")).hasSameSizeAs(html.select("li.finding"));
        assertThat(html.select("details.object")).allSatisfy(object -> assertThat(object.select("li.finding")).isNotEmpty());
        assertThat(html.select("div.object")).allSatisfy(object -> assertThat(object.select("li.finding")).isEmpty());
        assertThat(html.select("[src], link[href]")).isEmpty();
        assertThat(html.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
        assertThat(html.select("script")).hasSize(1);
        assertThat(html.select("style")).hasSize(1);
    }

    @Test
    void theJapaneseReportHasJapaneseLabelsMessagesAndExplanations() throws IOException {
        Document html = html("examples/shop", "ja");
        JsonNode json = json("examples/shop", "ja");

        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("ja");
        assertThat(html.select("main > section > h2").eachText()).containsExactly("概要", "オブジェクト",
                "抑止された指摘 (0)", "ベースラインで受け入れた指摘 (0)", "ルール");
        assertThat(html.select("li.finding .message").eachText())
                .contains(json.at("/findings/0/message").asText());
        assertThat(html.selectFirst("#rule-types-banned-type .doc").text()).contains("ガイドライン");
        assertThat(html.selectFirst("#rule-types-banned-type .summary").text())
                .isEqualTo("ガイドラインが禁止するデータ型を推奨のデータ型に置き換える");
    }

    @Test
    void suppressedAndBaselineAcceptedFindingsAreShownApartAndNotCounted() throws IOException {
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, "CREATE TABLE t_order (id bigint PRIMARY KEY, note text);\n");
        Path baseline = dir.resolve("baseline.json");
        assertThat(PgdlRun.of("baseline", schema.toString(), "--output", baseline.toString()).exitCode()).isZero();
        Files.writeString(schema, "CREATE TABLE t_order (id bigint PRIMARY KEY, note text);\n"
                + "-- pgdl:ignore types/banned-type -- the export tool reads char(3)\n"
                + "CREATE TABLE t_invoice (id bigint PRIMARY KEY, currency char(3));\n");
        Path report = dir.resolve("report.html");

        PgdlRun run = PgdlRun.of("check", "--format", "html", "--output", report.toString(), "--lang", "en",
                "--fail-on", "never", "--baseline", baseline.toString(), schema.toString());

        assertThat(run.err()).isEmpty();
        Document html = Jsoup.parse(report.toFile(), "UTF-8");
        Element suppressed = html.getElementById("suppressed");
        assertThat(suppressed.select("li.finding")).singleElement().satisfies(finding -> {
            assertThat(finding.attr("data-rule")).isEqualTo("types/banned-type");
            assertThat(finding.selectFirst(".reason").text()).isEqualTo("reason: the export tool reads char(3)");
        });
        Element baselined = html.getElementById("baselined");
        assertThat(baselined.select("li.finding .where code").eachText()).isNotEmpty()
                .allSatisfy(object -> assertThat(object).startsWith("public.t_order"));
        assertThat(html.select("#objects li.finding .where").eachText())
                .noneSatisfy(where -> assertThat(where).contains("public.t_order"))
                .noneSatisfy(where -> assertThat(where).contains("public.t_invoice.currency"));
        int counted = html.select(".totals .count").stream().mapToInt(count -> Integer.parseInt(count.text())).sum();
        assertThat(counted).isEqualTo(html.select("#objects li.finding").size());
        assertThat(html.selectFirst(".totals .objects").text())
                .contains("1 suppressed, " + baselined.select("li.finding").size() + " accepted by the baseline");
    }

    @Test
    void namesFromTheSchemaAreTextNotMarkup() throws IOException {
        Files.writeString(dir.resolve("evil.sql"), "CREATE TABLE \"<img src=x onerror=alert(1)>\" (id bigint);\n");

        Document html = html(dir.resolve("evil.sql").toString(), "en");

        assertThat(html.select("img")).isEmpty();
        assertThat(html.select("#objects-table .object .name").eachText()).contains("public.<img src=x onerror=alert(1)>");
    }

    private Document html(String path, String language) throws IOException {
        Path report = dir.resolve("report-" + language + ".html");
        PgdlRun run = PgdlRun.of("check", "--format", "html", "--output", report.toString(), "--lang", language,
                "--fail-on", "never", source(path));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return Jsoup.parse(report.toFile(), "UTF-8");
    }

    private static JsonNode json(String path, String language) throws IOException {
        PgdlRun run = PgdlRun.of("check", "--format", "json", "--lang", language, "--fail-on", "never", source(path));
        return new ObjectMapper().readTree(run.out());
    }

    private static String source(String path) {
        return path.startsWith("examples") ? Path.of("..").resolve(path).toString() : path;
    }

    private static String definition(Document html, String term) {
        return html.select("dl.run dt").stream().filter(dt -> dt.text().equals(term)).findFirst()
                .map(dt -> dt.nextElementSibling().text()).orElseThrow();
    }
}

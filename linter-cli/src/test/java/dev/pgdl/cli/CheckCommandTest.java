package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgdl.cli.fixture.TableNameRule;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code pgdl check} end to end, in-process. Every run uses a configuration that switches off all
 * rules but the test rule {@code test/table-name}, so the outcome does not depend on which rules ship.
 */
class CheckCommandTest {

    private static final String SUMMARY = "\\d+ errors?, \\d+ warnings?, \\d+ infos? in \\d+ files? "
            + "\\(\\d+ statements?, \\d+ unparsed\\) in \\d+ ms";

    @TempDir
    Path dir;

    @Test
    void cleanFilesExitWithZeroAndASummary() throws IOException {
        Path sql = write("ok.sql", "CREATE TABLE good_table (id bigint);\n");

        PgdlRun run = check("error", sql.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches("0 errors, 0 warnings, 0 infos in 1 file \\(1 statement, 0 unparsed\\) in \\d+ ms\\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void langSelectsTheLanguageOfMessagesInEveryFormat() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");

        PgdlRun japanese = check("error", "--lang", "ja", sql.toString());
        PgdlRun english = check("error", "--lang", "en", sql.toString());
        PgdlRun json = check("error", "--lang", "ja", "--format", "json", sql.toString());

        assertThat(japanese.out()).contains("テーブル bad_table の名前は禁止されています。");
        assertThat(english.out()).contains("Table bad_table has a forbidden name; rename it.");
        assertThat(new ObjectMapper().readTree(json.out()).at("/findings/0/message").asText())
                .isEqualTo("テーブル bad_table の名前は禁止されています。名前を変えてください。");
    }

    @Test
    void anErrorFindingExitsWithOneAndIsPrintedWithItsPosition() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\nCREATE TABLE bad_table (id bigint);\n");

        PgdlRun run = check("error", sql.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(2).satisfiesExactly(
                line -> assertThat(line).matches(quoted(sql) + ":2:\\d+: error test/table-name "
                        + "Table bad_table has a forbidden name; rename it\\."),
                line -> assertThat(line).startsWith("1 error, 0 warnings, 0 infos in 1 file (2 statements, 0 unparsed)"));
    }

    @Test
    void formatsRepeatEachToItsOwnFile() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");
        Path sarif = dir.resolve("reports/pgdl.sarif");
        Path junit = dir.resolve("reports/pgdl-junit.xml");

        PgdlRun run = check("error", "--format", "sarif=" + sarif, "--format", "junit=" + junit, "--format", "text",
                sql.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("error test/table-name");
        assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results/0/ruleId").asText())
                .isEqualTo("test/table-name");
        assertThat(junit).content().contains("<testcase name=\"test/table-name\"");
    }

    @Test
    void githubAnnotatesTheFindingsLine() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\nCREATE TABLE bad_table (id bigint);\n");

        PgdlRun run = check("error", "--format", "github", sql.toString());

        assertThat(run.out()).matches("::error file=" + quoted(sql) + ",line=2,col=\\d+,title=test/table-name::"
                + "Table bad_table has a forbidden name; rename it\\.\n");
    }

    @Test
    void onlyOneFormatCanGoToStandardOutput() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\n");

        PgdlRun run = check("error", "--format", "text", "--format", "json", sql.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Only one --format can go to standard output; give the others a file, such as "
                + "--format sarif=pgdl.sarif");
    }

    @Test
    void anUnknownFormatNamesTheFormats() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\n");

        PgdlRun run = check("error", "--format", "xml=out.xml", sql.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'xml' is not a report format; expected one of text, json, sarif, junit, "
                + "checkstyle, github, gitlab");
    }

    @Test
    void failOnDecidesWhichSeverityFails() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");

        assertThat(check("warning", "--fail-on", "error", sql.toString()).exitCode()).isZero();
        assertThat(check("warning", "--fail-on", "warning", sql.toString()).exitCode()).isEqualTo(1);
        assertThat(check("info", "--fail-on", "warning", sql.toString()).exitCode()).isZero();
        assertThat(check("info", "--fail-on", "info", sql.toString()).exitCode()).isEqualTo(1);
        assertThat(check("error", "--fail-on", "never", sql.toString()).exitCode()).isZero();
    }

    @Test
    void theJsonReportHasTheFindingsAndTheSummary() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");

        PgdlRun run = check("error", "--format", "json", sql.toString());

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(report.get("version").intValue()).isEqualTo(1);
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("rule").textValue()).isEqualTo(TableNameRule.ID);
        assertThat(finding.get("object").textValue()).isEqualTo("public.bad_table");
        assertThat(finding.get("file").textValue()).isEqualTo(sql.toString());
        assertThat(finding.get("line").intValue()).isEqualTo(1);
        assertThat(report.get("summary").get("files").intValue()).isEqualTo(1);
        assertThat(report.get("summary").get("errors").intValue()).isEqualTo(1);
    }

    @Test
    void outputWritesTheReportToAFileInsteadOfStandardOutput() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");
        Path report = dir.resolve("out/report.json");

        PgdlRun run = check("error", "--format", "json", "--output", report.toString(), sql.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(report.toFile()).get("findings")).hasSize(1);
    }

    @Test
    void directoriesAreSearchedForSqlFilesInSortedOrder() throws IOException {
        write("db/b.sql", "CREATE TABLE b.bad_table (id bigint);\n");
        write("db/a/c.sql", "CREATE TABLE c.bad_table (id bigint);\n");
        write("db/notes.txt", "CREATE TABLE bad_table (id bigint);\n");

        PgdlRun run = check("error", dir.resolve("db").toString());

        assertThat(run.out().lines().filter(l -> l.contains(TableNameRule.ID)).map(l -> l.substring(0, l.indexOf(".sql")))
                .collect(Collectors.toList()))
                .containsExactly(dir.resolve("db/a/c").toString(), dir.resolve("db/b").toString());
        assertThat(lastLine(run)).contains("in 2 files");
    }

    @Test
    void aMissingPathIsAnInputErrorAndTheOtherFilesAreStillLinted() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");
        Path missing = dir.resolve("missing.sql");

        PgdlRun run = check("error", missing.toString(), sql.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(missing + ": error: no such file or directory\n");
        assertThat(run.out()).contains("error test/table-name");
        assertThat(lastLine(run)).contains("in 1 file");
    }

    @Test
    void aBinaryFileIsAnInputError() throws IOException {
        Path binary = dir.resolve("dump.sql");
        Files.write(binary, new byte[] {'C', 'R', 0, 1, 2});

        PgdlRun run = check("error", binary.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(binary + ": error: binary file (contains a NUL byte)\n");
    }

    @Test
    void aFileThatIsNotUtf8IsAnInputError() throws IOException {
        Path latin1 = dir.resolve("latin1.sql");
        Files.write(latin1, "-- ok\nCOMMENT ON TABLE t IS 'caf\u00e9';\n".getBytes(StandardCharsets.ISO_8859_1));

        PgdlRun run = check("error", latin1.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo(latin1
                + ": error: not UTF-8 text (invalid byte at line 2) and no SET client_encoding says what it is\n");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aBadConfigurationIsAUsageErrorWithItsPositionAndNothingIsLinted() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE bad_table (id bigint);\n");
        Path config = write("pgdl.yml", "rules:\n  test/table-nmae: off\n");

        PgdlRun run = PgdlRun.of("check", "--config", config.toString(), sql.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(config + ":2:3: error: unknown rule 'test/table-nmae'; "
                + "did you mean 'test/table-name'?\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingConfigurationFileIsAUsageError() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\n");

        PgdlRun run = PgdlRun.of("check", "--config", dir.resolve("nope.yml").toString(), sql.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(dir.resolve("nope.yml") + ": error: no such file\n");
    }

    @Test
    void usageMistakesExitWithTwo() throws IOException {
        Path sql = write("schema.sql", "CREATE TABLE good_table (id bigint);\n");

        assertThat(PgdlRun.of("check").exitCode()).as("no path").isEqualTo(2);
        assertThat(PgdlRun.of("check", "--format", "xml", sql.toString()).exitCode()).as("bad format").isEqualTo(2);
        assertThat(PgdlRun.of("check", "--fail-on", "fatal", sql.toString()).exitCode()).as("bad fail-on").isEqualTo(2);
        assertThat(PgdlRun.of("check", "--colour", sql.toString()).exitCode()).as("unknown option").isEqualTo(2);
        assertThat(PgdlRun.of().exitCode()).as("no command").isEqualTo(2);
    }

    @Test
    void helpListsTheOptions() {
        PgdlRun run = PgdlRun.of("check", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: pgdl check", "--format", "--output", "--fail-on", "--config");
    }

    /** Runs {@code check} with every rule off except {@code test/table-name} at {@code severity}. */
    private PgdlRun check(String severity, String... args) throws IOException {
        StringBuilder config = new StringBuilder("rules:\n");
        for (RuleInfo rule : new Pgdl().rules()) {
            String ruleSeverity = rule.id().equals(TableNameRule.ID) ? severity : "off";
            config.append("  ").append(rule.id()).append(": ").append(ruleSeverity).append('\n');
        }
        Path file = write("only-table-name.yml", config.toString());
        String[] all = new String[args.length + 3];
        all[0] = "check";
        all[1] = "--config";
        all[2] = file.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return PgdlRun.of(all);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String lastLine(PgdlRun run) {
        return run.out().lines().reduce((a, b) -> b).orElse("");
    }

    private static String quoted(Path path) {
        return java.util.regex.Pattern.quote(path.toString());
    }
}

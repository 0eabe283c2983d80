package dev.pgdl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {

    @TempDir
    Path dir;

    @Test
    void explainPrintsTheRulePageInTheChosenLanguage() {
        PgdlRun english = PgdlRun.of("explain", "parse/unsupported", "--lang", "en");
        PgdlRun japanese = PgdlRun.of("explain", "parse/unsupported", "--lang", "ja");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).startsWith("<!-- AUTO-GENERATED").contains("# parse/unsupported",
                "| Default severity | `warning` |", "## How to suppress", "```yaml\nrules:\n  parse/unsupported:\n");
        assertThat(japanese.out()).contains("| 既定の重大度 | `warning` |", "## 抑止方法");
    }

    @Test
    void anUnknownRuleIsAUsageErrorWithTheClosestId() {
        PgdlRun run = PgdlRun.of("explain", "parse/unsuported");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(
                "error: unknown rule 'parse/unsuported'; did you mean 'parse/unsupported'? (pgdl rules lists them all)\n");
    }

    @Test
    void docsWritesEveryPageInBothLanguagesAndTheIndexes() throws IOException {
        PgdlRun run = PgdlRun.of("docs", "--output", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(dir.resolve("README.md")).content().contains("[`parse/unsupported`](parse/unsupported.md)");
        assertThat(dir.resolve("README.ja.md")).exists();
        assertThat(dir.resolve("parse/unsupported.ja.md")).content().contains("# parse/unsupported");
        assertThat(Files.list(dir.resolve("pgdl"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("rule-failure.md", "rule-failure.ja.md", "unused-ignore.md",
                        "unused-ignore.ja.md", "ignore-without-reason.md", "ignore-without-reason.ja.md",
                        "expired-ignore.md", "expired-ignore.ja.md", "invalid-ignore.md", "invalid-ignore.ja.md");
    }
}

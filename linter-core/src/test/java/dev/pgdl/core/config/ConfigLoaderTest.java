package dev.pgdl.core.config;

import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.engine.fixture.ColumnNameRule;
import dev.pgdl.core.engine.fixture.CrashingRule;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ConfigLoaderTest {

    private static final ConfigLoader LOADER = new ConfigLoader(RuleRegistry.of(List.of(new ColumnNameRule(),
            new CrashingRule())));

    @TempDir
    Path dir;

    @Test
    void aUserFileExtendingTheDefaultChangesOnlyWhatItNames() throws IOException {
        Path file = write("pgdl.yml", """
                extends: default
                rules:
                  test/column-name:
                    names: [order_id]
                    exclude: [public.flyway_*]
                  test/crashing: off
                """);

        LintConfig config = LOADER.load(file);

        RuleSettings columnName = config.settings(ColumnNameRule.META);
        assertThat(columnName.severity()).as("the rule's default").isEqualTo(ColumnNameRule.META.defaultSeverity());
        assertThat(columnName.option(ColumnNameRule.NAMES)).containsExactly("order_id");
        assertThat(columnName.exclude()).containsExactly("public.flyway_*");
        assertThat(config.settings(CrashingRule.META).severity()).isEqualTo(Severity.OFF);
        assertThat(config.targetPostgres()).isEqualTo(LintConfig.DEFAULT_TARGET_POSTGRES);
    }

    @Test
    void aFileWithoutExtendsStillStartsFromTheDefault() throws IOException {
        LintConfig extending = LOADER.load(write("extending.yml", "extends: default\ntarget-postgres: 13\n"));
        LintConfig plain = LOADER.load(write("plain.yml", "target-postgres: 13\n"));

        assertThat(plain).isEqualTo(extending);
        assertThat(plain.settings(CrashingRule.META)).isEqualTo(LintConfig.DEFAULTS.settings(CrashingRule.META));
    }

    @Test
    void extendsTakesAPathRelativeToTheExtendingFile() throws IOException {
        write("team/base.yml", """
                target-postgres: 15
                rules:
                  test/column-name: { severity: info, names: [note] }
                """);
        Path file = write("team/pgdl.yml", """
                extends: base.yml
                rules:
                  test/column-name:
                    exclude: [legacy_*]
                """);

        LintConfig config = LOADER.load(file);

        RuleSettings columnName = config.settings(ColumnNameRule.META);
        assertThat(config.targetPostgres()).isEqualTo(15);
        assertThat(columnName.severity()).isEqualTo(Severity.INFO);
        assertThat(columnName.option(ColumnNameRule.NAMES)).containsExactly("note");
        assertThat(columnName.exclude()).containsExactly("legacy_*");
    }

    @Test
    void aSeverityAloneIsShorthandForTheRulesSeverity() throws IOException {
        Path file = write("pgdl.yml", "rules:\n  test/column-name: off\n  test/crashing: error\n");

        LintConfig config = LOADER.load(file);

        assertThat(config.settings(ColumnNameRule.META).severity()).isEqualTo(Severity.OFF);
        assertThat(config.settings(CrashingRule.META).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void anEmptyFileChangesNothing() throws IOException {
        Path file = write("pgdl.yml", "# nothing yet\n");

        assertThat(LOADER.load(file)).isEqualTo(LintConfig.DEFAULTS);
    }

    @Test
    void aMisspelledRuleIdIsLocatedWithTheClosestId() throws IOException {
        assertProblem("rules:\n  test/column-nmae: off\n",
                2, 3, "unknown rule 'test/column-nmae'; did you mean 'test/column-name'?");
    }

    @Test
    void aMisspelledOptionIsLocatedAtItsKeyWithTheClosestOption() throws IOException {
        assertProblem("rules:\n  test/column-name:\n    nmaes: [a]\n",
                3, 5, "unknown option 'nmaes' for rule test/column-name; did you mean 'names'?");
    }

    @Test
    void aValueOfTheWrongTypeIsLocatedAtTheValue() throws IOException {
        assertProblem("rules:\n  test/column-name:\n    names: 3\n",
                3, 12, "option 'names': expected a list, found '3'");
    }

    @Test
    void tableKindsAddReplaceAndRemovePrefixesOfTheExtendedRuleSet() throws IOException {
        Path file = write("pgdl.yml", "table-kinds:\n  mst_: master\n  t_: transactional\n  w_: ~\n"
                + "rules:\n  test/column-name: { except-kinds: [work], only-kinds: [master] }\n");

        LintConfig config = LOADER.load(file);

        assertThat(config.tableKinds().kindByPrefix()).containsEntry("mst_", "master")
                .containsEntry("t_", "transactional").containsEntry("m_", "master").doesNotContainKey("w_");
        assertThat(config.settings(ColumnNameRule.META).exceptKinds()).containsExactly("work");
        assertThat(config.settings(ColumnNameRule.META).onlyKinds()).containsExactly("master");
    }

    @Test
    void aTableKindThatIsNotANameIsLocated() throws IOException {
        assertProblem("table-kinds:\n  m_: [master]\n", 2, 7,
                "table kind of 'm_' must be a name such as master, found a list");
        assertProblem("table-kinds: master\n", 1, 14,
                "'table-kinds' takes a map of prefix to kind, such as { m_: master, t_: transaction }, found 'master'");
    }

    @Test
    void aBadSeverityIsLocatedWithTheClosestSeverity() throws IOException {
        assertProblem("rules:\n  test/column-name: { severity: eror }\n",
                2, 33, "unknown severity 'eror' (expected error, warning, info or off); did you mean 'error'?");
    }

    @Test
    void aBadShorthandSeverityIsLocatedAtTheValue() throws IOException {
        assertProblem("rules:\n  test/crashing: warnig\n",
                2, 18, "unknown severity 'warnig' (expected error, warning, info or off); did you mean 'warning'?");
    }

    @Test
    void aRuleNeedsASeverityOrAMap() throws IOException {
        assertProblem("rules:\n  test/crashing: [error]\n",
                2, 18, "rule test/crashing takes a severity (error, warning, info, off) or a map of settings, "
                        + "found a list");
    }

    @Test
    void anUnknownTopLevelKeyIsLocatedWithTheClosestKey() throws IOException {
        assertProblem("rule:\n  test/crashing: off\n",
                1, 1, "unknown key 'rule'; did you mean 'rules'?; expected extends, target-postgres, table-kinds, rules, "
                        + "suppressions, placeholders, exclude");
    }

    @Test
    void excludeGlobsAddToThoseOfTheExtendedFile() throws IOException {
        write("team/base.yml", "exclude: [legacy/**]\n");
        Path file = write("team/pgdl.yml", "extends: base.yml\nexclude: ['*.down.sql', audit]\n");

        assertThat(LOADER.load(file).exclude()).containsExactly("legacy/**", "*.down.sql", "audit");
    }

    @Test
    void anExcludeEntryThatIsNotAGlobIsLocated() throws IOException {
        assertProblem("exclude:\n  - audit\n  - 'patches/[0-9'\n",
                3, 5, "not a glob: Missing ] at index 11");
    }

    @Test
    void targetPostgresTakesAMajorVersion() throws IOException {
        assertProblem("target-postgres: sixteen\n",
                1, 18, "'target-postgres' takes a PostgreSQL major version such as 16, found 'sixteen'");
    }

    @Test
    void aDuplicateKeyIsAnError() throws IOException {
        assertProblem("rules:\n  test/crashing: off\n  test/crashing: error\n", 3, 3, "duplicate key 'test/crashing'");
    }

    @Test
    void brokenYamlIsLocatedWhereTheParserGaveUp() throws IOException {
        assertProblem("rules:\n  test/crashing: on: off\n",
                2, 20, "not valid YAML: mapping values are not allowed here");
    }

    @Test
    void everyMistakeOfAFileIsReportedAtOnce() throws IOException {
        Path file = write("pgdl.yml", """
                target-postgres: 9
                rules:
                  test/crashing: loud
                  test/column-name:
                    names: {a: b}
                    severity: fatal
                """);

        assertThatThrownBy(() -> LOADER.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                        .extracting(ConfigProblem::line, ConfigProblem::column)
                        .containsExactly(tuple(1, 18), tuple(3, 18), tuple(5, 12), tuple(6, 15)));
    }

    @Test
    void anExtendedFileThatIsMissingIsLocatedAtTheExtends() throws IOException {
        assertProblem("extends: base.yml\n", 1, 10, "cannot extend 'base.yml': no such file "
                + dir.resolve("base.yml"));
    }

    @Test
    void filesExtendingEachOtherAreACycle() throws IOException {
        write("b.yml", "extends: pgdl.yml\n");

        assertProblem("extends: b.yml\n", "b.yml", 1, 10, "'pgdl.yml' extends this file again (a cycle)");
    }

    @Test
    void suppressionsRequireReasonIsReadAndOffByDefault() throws IOException {
        assertThat(LOADER.load(write("pgdl.yml", "target-postgres: 16\n")).requireIgnoreReason())
                .isFalse();
        assertThat(LOADER.load(write("pgdl.yml", "suppressions:\n  require-reason: true\n"))
                .requireIgnoreReason()).isTrue();
    }

    @Test
    void aMisspelledSuppressionsKeyIsLocatedWithTheClosestKey() throws IOException {
        assertProblem("suppressions:\n  require-reasons: true\n", 2, 3,
                "unknown key 'require-reasons' in 'suppressions'; did you mean 'require-reason'?; expected require-reason");
    }

    @Test
    void requireReasonTakesABoolean() throws IOException {
        assertProblem("suppressions: { require-reason: yes please }\n", 1, 33,
                "'require-reason' takes true or false, found 'yes please'");
    }

    @Test
    void aMissingConfigurationFileIsAnError() {
        Path missing = dir.resolve("nope.yml");

        assertThatThrownBy(() -> LOADER.load(missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": error: no such file");
    }

    @Test
    void aProblemReadsAsFileLineColumnErrorMessage() {
        assertThat(new ConfigProblem("pgdl.yml", 4, 3, "unknown rule 'x'"))
                .hasToString("pgdl.yml:4:3: error: unknown rule 'x'");
    }

    private void assertProblem(String yaml, int line, int column, String message) throws IOException {
        assertProblem(yaml, "pgdl.yml", line, column, message);
    }

    private void assertProblem(String yaml, String fileInError, int line, int column, String message)
            throws IOException {
        Path file = write("pgdl.yml", yaml);

        assertThatThrownBy(() -> LOADER.load(file))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).containsExactly(
                        new ConfigProblem(dir.resolve(fileInError).toString(), line, column, message)));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

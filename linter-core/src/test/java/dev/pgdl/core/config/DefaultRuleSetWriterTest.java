package dev.pgdl.core.config;

import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.engine.fixture.ColumnNameRule;
import dev.pgdl.core.engine.fixture.CrashingRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DefaultRuleSetWriterTest {

    private static final RuleRegistry REGISTRY = RuleRegistry.of(List.of(new CrashingRule(), new ColumnNameRule(),
            new TablePrefixRule()));

    /** A rule with a map option and a default exclude; its texts are in this package's test bundle. */
    public static final class TablePrefixRule implements Rule {
        static final OptionSpec<Map<String, String>> PREFIXES = OptionSpec.of("prefixes", OptionType.stringMap(),
                Map.of("w_", "work", "m_", "master", "t_", "transaction"));

        @Override
        public RuleMeta meta() {
            return RuleMeta.builder("test/table-prefix").severity(Severity.OFF).guideline("テーブル種別")
                    .options(PREFIXES).messages(Message.of("missing", "table")).exclude("flyway_schema_history")
                    .build();
        }
    }

    @Test
    void writesEveryRuleInIdOrderWithSeverityOptionsAndComments() {
        assertThat(DefaultRuleSetWriter.write(REGISTRY)).isEqualTo("""
                # The default pgdl rule set: every rule with its default severity and options.
                # Generated from the rules' metadata; do not edit. Regenerate with:
                #   java -jar linter-cli/target/pgdl.jar rules --format yaml > rules.yml
                # Override it in a pgdl.yml that starts with 'extends: default'.
                target-postgres: 16
                # Table kinds (テーブル種別) by name prefix; the longest matching prefix decides. Every rule
                # takes only-kinds / except-kinds to apply to tables of some kinds only.
                table-kinds:
                  m_: master
                  t_: transaction
                  w_: work
                  wr_: work-receive
                  ws_: work-send
                  s_: summary
                  sd_: daily-summary
                  sw_: weekly-summary
                  sm_: monthly-summary
                  h_: history
                  hist_: history
                  tmp_: temporary
                rules:

                  # Columns with forbidden names
                  # Guideline: beyond
                  test/column-name:
                    severity: error
                    # Forbidden column names (list of strings)
                    names:
                      - amount
                      - note

                  # Always fails
                  # Guideline: beyond
                  test/crashing:
                    severity: warning

                  # Table names start with their kind's prefix
                  # Guideline: テーブル種別
                  test/table-prefix:
                    severity: off
                    # Prefix of each table kind (map of strings)
                    prefixes:
                      m_: master
                      t_: transaction
                      w_: work
                    exclude:
                      - flyway_schema_history
                """);
    }

    @Test
    void writesTheSettingsOfTheConfigurationItIsGiven() {
        LintConfig config = new LintConfig(14, Map.of(ColumnNameRule.META.id(), new RuleSettings(Severity.INFO,
                Map.of(ColumnNameRule.NAMES.name(), List.of("memo")), List.of("legacy_*"))));

        assertThat(DefaultRuleSetWriter.write(REGISTRY, config)).contains("target-postgres: 14\n").contains("""
                  test/column-name:
                    severity: info
                    # Forbidden column names (list of strings)
                    names:
                      - memo
                    exclude:
                      - legacy_*
                """);
    }

    @Test
    void readingTheWrittenRuleSetGivesTheDefaultsAgain(@TempDir Path dir) throws IOException {
        String written = DefaultRuleSetWriter.write(REGISTRY);

        LintConfig read = new ConfigLoader(REGISTRY).load(Files.writeString(dir.resolve("rules.yml"), written));

        assertThat(read.rules()).as("every rule is read from the file").containsOnlyKeys(REGISTRY.ids());
        assertThat(DefaultRuleSetWriter.write(REGISTRY, read)).isEqualTo(written);
    }
}

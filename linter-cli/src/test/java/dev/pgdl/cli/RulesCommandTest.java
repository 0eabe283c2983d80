package dev.pgdl.cli;

import dev.pgdl.core.api.Pgdl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RulesCommandTest {

    @Test
    void listsEveryRuleWithItsDefaultSeverityAndSummary() {
        PgdlRun run = PgdlRun.of("rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(new Pgdl().rules().size())
                .anySatisfy(line -> assertThat(line).matches("test/table-name +error +Tables with forbidden names"))
                .anySatisfy(line -> assertThat(line).matches("parse/unsupported +warning +A statement pgdl could not "
                        + "understand, so no rule checked it"));
    }

    @Test
    void yamlFormatWritesTheDefaultRuleSet() {
        PgdlRun run = PgdlRun.of("rules", "--format", "yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# The default pgdl rule set")
                .contains("  test/table-name:\n    severity: error\n    # Forbidden table names (list of strings)\n"
                        + "    names:\n      - bad_table\n");
    }
}

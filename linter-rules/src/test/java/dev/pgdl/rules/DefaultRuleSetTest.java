package dev.pgdl.rules;

import dev.pgdl.core.config.ConfigLoader;
import dev.pgdl.core.config.DefaultRuleSetWriter;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed default rule set is what the rules' metadata generates now (STYLE B7), and reads as it. */
class DefaultRuleSetTest {

    /** The project's top-level rules.yml; surefire runs in the module directory. */
    private static final Path COMMITTED = Path.of("..", "rules.yml");
    private static final RuleRegistry REGISTRY = RuleRegistry.load(DefaultRuleSetTest.class.getClassLoader());

    @Test
    void theCommittedRulesYmlIsUpToDate() throws IOException {
        String generated = DefaultRuleSetWriter.write(REGISTRY);

        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("rules.yml differs from the rules' metadata; regenerate it at the project top with:%n"
                        + "  mvn -B -q package -DskipTests && %s", DefaultRuleSetWriter.REGENERATE_COMMAND)
                .isEqualTo(generated);
    }

    /** A run without a configuration file uses the defaults without reading rules.yml: both must agree. */
    @Test
    void readingTheCommittedRulesYmlGivesTheDefaultRuleSet() {
        LintConfig read = new ConfigLoader(REGISTRY).load(COMMITTED);

        assertThat(read.rules()).as("every rule is read from the file").containsOnlyKeys(REGISTRY.ids());
        assertThat(DefaultRuleSetWriter.write(REGISTRY, read)).isEqualTo(DefaultRuleSetWriter.write(REGISTRY));
    }
}

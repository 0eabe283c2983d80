package dev.pgdl.core.engine;

import dev.pgdl.core.engine.fixture.ColumnNameRule;
import dev.pgdl.core.engine.fixture.CrashingRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleRegistryTest {

    @Test
    void serviceLoaderFindsTheEngineOwnRules() {
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());

        assertThat(registry.ids()).contains("parse/unsupported", "pgdl/rule-failure");
    }

    @Test
    void rulesAreOrderedById() {
        RuleRegistry registry = RuleRegistry.of(List.of(new CrashingRule(), new ColumnNameRule()));

        assertThat(registry.ids()).containsExactly("test/column-name", "test/crashing");
        assertThat(registry.find("test/crashing")).isPresent();
        assertThat(registry.find("test/nope")).isEmpty();
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> RuleRegistry.of(List.of(new CrashingRule(), new CrashingRule())))
                .hasMessageContaining("two rules have the id test/crashing");
    }
}

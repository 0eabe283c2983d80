package dev.pgdl.rules.support;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamePatternsTest {

    private static final Map<String, List<String>> TABLE = Map.of("table", List.of("t_order"));

    @Test
    void placeholdersStandForTheirValuesAndNumbersForDigits() {
        assertThat(NamePatterns.matches("pk_{table}", "pk_t_order", TABLE)).isTrue();
        assertThat(NamePatterns.matches("pk_{table}", "pk_t_order_x", TABLE)).as("the whole name").isFalse();
        assertThat(NamePatterns.matches("idx_{nn}_{table}", "idx_01_t_order", TABLE)).isTrue();
        assertThat(NamePatterns.matches("idx_{nn}_{table}", "idx__t_order", TABLE)).as("at least one digit").isFalse();
        assertThat(NamePatterns.matches("uk{nn}_{table}", "uk1x_t_order", TABLE)).isFalse();
    }

    @Test
    void aNumberGivesBackTheDigitsThatTheRestOfThePatternNeeds() {
        assertThat(NamePatterns.matches("i{nn}1", "i21", Map.of())).isTrue();
        assertThat(NamePatterns.matches("i{nn}{nn}", "i2", Map.of())).isFalse();
    }

    @Test
    void anyOfSeveralValuesMatchesEvenWhenAnEarlierOneIsAPrefix() {
        Map<String, List<String>> values = Map.of("table", List.of("t", "t_order"), "column", List.of("id"));

        assertThat(NamePatterns.matches("{table}_{column}_seq", "t_order_id_seq", values)).isTrue();
        assertThat(NamePatterns.matches("{table}_{column}_seq", "t_order_no_seq", values)).isFalse();
    }

    @Test
    void aPlaceholderWithoutValuesMatchesNothing() {
        assertThat(NamePatterns.matches("pk_{unknown}", "pk_", TABLE)).isFalse();
        assertThat(NamePatterns.matches("pk_{table}", "pk_t_order", Map.of("table", List.of()))).isFalse();
    }
}

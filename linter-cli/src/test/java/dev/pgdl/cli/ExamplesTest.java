package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled examples of the README, linted with the default rule set as a user would. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void theGuidelineCompliantSchemaGetsNoWarningAndNoError() throws IOException {
        JsonNode report = lint(EXAMPLES.resolve("guideline"));

        List<String> warningsAndErrors = new ArrayList<>();
        report.get("findings").forEach(f -> {
            if (!f.get("severity").asText().equals("info")) {
                warningsAndErrors.add(f.get("line") + ": " + f.get("rule").asText() + " " + f.get("message").asText());
            }
        });
        assertThat(warningsAndErrors).isEmpty();
        assertThat(report.at("/summary/unparsed").asInt()).isZero();
    }

    @Test
    void theApplicationStyleSchemaBreaksEachRuleItIsMeantTo() throws IOException {
        JsonNode report = lint(EXAMPLES.resolve("shop"));

        Set<String> fired = new TreeSet<>();
        report.get("findings").forEach(f -> fired.add(f.get("rule").asText() + " " + f.get("object").asText()));
        assertThat(fired).contains(
                "naming/table-prefix public.customers",
                "naming/view-prefix public.open_orders",
                "types/banned-type public.customers.name",
                "types/prefer-identity public.customers.id",
                "tables/common-columns public.orders",
                "constraints/no-foreign-key public.orders.orders_customer_id_fkey",
                "constraints/no-check public.order_items.order_items_quantity_positive",
                "functions/no-trigger public.orders.orders_touch",
                "types/no-enum public.order_status",
                "types/no-domain public.email_address");
    }

    private static JsonNode lint(Path directory) throws IOException {
        PgdlRun run = PgdlRun.of("check", "--format", "json", "--fail-on", "never", "--lang", "en",
                directory.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}

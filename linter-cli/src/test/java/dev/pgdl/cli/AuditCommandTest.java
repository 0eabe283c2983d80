package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgdl.core.catalog.TestPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pgdl audit} against a real PostgreSQL, as an architect runs it. */
class AuditCommandTest {

    @Test
    void aDatabaseBuiltFromTheShopExampleGetsTheFindingsOfItsDdl() throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(Path.of("..", "examples", "shop", "schema.sql")));
        }

        PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", database.user(), "--format", "json",
                "--lang", "en");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        Set<String> findings = new TreeSet<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("object").asText()));
        assertThat(findings).contains("types/no-enum public.order_status", "types/prefer-identity public.customers.id",
                "constraints/no-foreign-key public.orders.orders_customer_id_fkey", "functions/no-trigger public.orders.orders_touch");
        assertThat(report.at("/findings/0/file").isNull()).as("a catalog object has no file").isTrue();
    }

    @Test
    void anUnreachableDatabaseIsOneErrorLineAndExitCodeThree() {
        PgdlRun run = PgdlRun.of("audit", "--url", "jdbc:postgresql://127.0.0.1:1/app?password=secret", "--user", "app");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("jdbc:postgresql://127.0.0.1:1/app: error: ").doesNotContain("secret").doesNotContain("\tat "));
        assertThat(run.out()).isEmpty();
    }
}

package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pgdl.core.catalog.TestPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
    void theHtmlReportOfAnAuditNamesTheDatabaseItsServerVersionAndEachFindingsObject(@TempDir Path dir)
            throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        String serverVersion;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t_order (id serial PRIMARY KEY, note text)");
            ResultSet version = statement.executeQuery("SHOW server_version");
            version.next();
            serverVersion = version.getString(1);
        }
        Path report = dir.resolve("audit.html");

        PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", database.user(), "--format", "html",
                "--output", report.toString(), "--lang", "en");

        assertThat(run.err()).isEmpty();
        Document html = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(html.title()).isEqualTo("pgdl audit: " + database.url());
        assertThat(html.select("dl.run dt").eachText()).startsWith("Database", "PostgreSQL server");
        assertThat(html.select("dl.run dd").get(0).text()).isEqualTo(database.url());
        assertThat(html.select("dl.run dd").get(1).text()).isEqualTo(serverVersion);
        Element table = html.selectFirst(".object[data-name=public.t_order]");
        assertThat(table.attr("data-table-kind")).isEqualTo("transaction");
        assertThat(table.select("li.finding .where").eachText()).contains("public.t_order.note", "public.t_order.id");
    }

    @Test
    void theHtmlReportOfSeveralDatabasesNamesEachWithItsServerVersionAndTellsTheirObjectsApart(@TempDir Path dir)
            throws SQLException, IOException {
        List<TestPostgres.Database> databases = List.of(TestPostgres.newEmptyDatabase(), TestPostgres.newEmptyDatabase());
        for (TestPostgres.Database database : databases) {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE t_order (id serial PRIMARY KEY, note text)");
            }
        }
        Path report = dir.resolve("audit.html");

        PgdlRun run = PgdlRun.of("audit", "--url", databases.get(0).url(), "--url", databases.get(1).url(), "--user",
                databases.get(0).user(), "--format", "html", "--output", report.toString(), "--lang", "en");

        assertThat(run.err()).isEmpty();
        Document html = Jsoup.parse(report.toFile(), "UTF-8");
        assertThat(html.select("dl.run dt").eachText()).startsWith("Database", "PostgreSQL server", "Database",
                "PostgreSQL server");
        assertThat(html.select("dl.run dd").eachText()).contains(databases.get(0).url(), databases.get(1).url());
        List<Element> orders = html.select(".object[data-name=public.t_order]");
        assertThat(orders).hasSize(2).extracting(order -> order.attr("data-database")).doesNotHaveDuplicates()
                .allSatisfy(database -> assertThat(database).isNotEmpty());
        assertThat(orders).allSatisfy(order -> assertThat(order.selectFirst(".name .database").text())
                .isEqualTo(order.attr("data-database")));
    }

    @Test
    void anUnreachableDatabaseIsOneErrorLineAndExitCodeThree() {
        PgdlRun run = PgdlRun.of("audit", "--url", "jdbc:postgresql://127.0.0.1:1/app?password=secret", "--user", "app");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("jdbc:postgresql://127.0.0.1:1/app: error: ").doesNotContain("secret").doesNotContain("\tat "));
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aLiveDatabaseAlsoGetsTheFindingsOnlyItsCatalogCanTell() throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        String suffix = database.url().substring(database.url().lastIndexOf('_'));
        String loginRole = "app_user" + suffix;
        String member = "alice" + suffix;
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE t_order (order_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                                          order_no varchar(20));
                    INSERT INTO t_order (order_no) VALUES ('A-1'), ('A-1');
                    SELECT setval('t_order_order_id_seq', 1700000000);
                    ALTER TABLE t_order ADD CONSTRAINT t_order_order_no_not_null CHECK (order_no IS NOT NULL) NOT VALID;
                    CREATE TABLE w_import (line_no bigint PRIMARY KEY) WITH (autovacuum_enabled = false);
                    CREATE ROLE %1$s LOGIN;
                    CREATE ROLE %2$s LOGIN;
                    GRANT %1$s TO %2$s;
                    GRANT SELECT ON t_order TO %1$s;
                    """.formatted(loginRole, member));
            try {
                statement.execute("CREATE UNIQUE INDEX CONCURRENTLY uk_t_order ON t_order (order_no)");
            } catch (SQLException expected) {
                // the duplicate rows make it fail and leave the index invalid, as in production
            }
        }
        try {
            PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", database.user(), "--format", "json",
                    "--fail-on", "never");

            assertThat(run.err()).isEmpty();
            Set<String> findings = new TreeSet<>();
            new ObjectMapper().readTree(run.out()).get("findings")
                    .forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("object").asText()));
            assertThat(findings).contains(
                    "health/invalid-index public.uk_t_order",
                    "health/unvalidated-constraint public.t_order.t_order_order_no_not_null",
                    "health/sequence-exhaustion public.t_order_order_id_seq",
                    "health/autovacuum-disabled public.w_import",
                    "security/role-as-user " + loginRole,
                    "security/grant-via-role " + loginRole);
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP OWNED BY %1$s, %2$s; DROP ROLE %1$s; DROP ROLE %2$s".formatted(loginRole, member));
            }
        }
    }

    @Test
    void severalDatabasesAreAuditedInOneRunAndEachFindingNamesItsDatabase() throws SQLException, IOException {
        TestPostgres.Database shop = TestPostgres.newEmptyDatabase();
        TestPostgres.Database clean = TestPostgres.newEmptyDatabase();
        try (Connection connection = shop.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE orders (id serial PRIMARY KEY)");
        }

        PgdlRun run = PgdlRun.of("audit", "--url", shop.url(), "--url", clean.url(), "--user", shop.user(),
                "--format", "json");

        assertThat(run.err()).isEmpty();
        JsonNode findings = new ObjectMapper().readTree(run.out()).get("findings");
        Set<String> databases = new TreeSet<>();
        findings.forEach(f -> databases.add(f.get("database").asText()));
        String shopName = shop.url().substring("jdbc:postgresql://".length());
        String cleanName = clean.url().substring("jdbc:postgresql://".length());
        assertThat(databases).containsExactlyInAnyOrder(shopName, cleanName);
        assertThat(findings).filteredOn(f -> f.get("rule").asText().equals("types/prefer-identity"))
                .extracting(f -> f.get("database").asText() + " " + f.get("object").asText())
                .containsExactly(shopName + " public.orders.id");
    }

    @Test
    void tenantSchemasThatDriftApartAreReportedWithEachDifference(@TempDir Path directory)
            throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA tenant_a;
                    CREATE SCHEMA tenant_b;
                    CREATE TABLE tenant_a.t_order (order_id bigint PRIMARY KEY, order_no varchar(20) NOT NULL,
                                                   note varchar(100));
                    CREATE INDEX idx_01_t_order ON tenant_a.t_order (order_no);
                    CREATE TABLE tenant_b.t_order (order_id bigint PRIMARY KEY, order_no varchar(20) NOT NULL);
                    """);
        }
        Path config = Files.writeString(directory.resolve("pgdl.yml"), """
                rules:
                  security/tenant-schema-drift:
                    tenant-schemas: "tenant_*"
                """);

        PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", database.user(), "--format", "json",
                "--config", config.toString(), "--fail-on", "never");

        assertThat(run.err()).isEmpty();
        List<String> drift = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("security/tenant-schema-drift")) {
                drift.add(f.get("message").asText());
            }
        });
        assertThat(drift).hasSize(2)
                .anySatisfy(message -> assertThat(message).contains("lacks column note"))
                .anySatisfy(message -> assertThat(message).contains("lacks index idx_01_t_order"));
    }

    @Test
    void aWrongPasswordIsOneErrorLineAndExitCodeThreeWithoutThePassword(@TempDir Path directory)
            throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        String role = "pgdl_password" + database.url().substring(database.url().lastIndexOf('_'));
        TestPostgres.createRoleWithPassword(database, role, "right-horse-battery");
        Path passwordFile = Files.writeString(directory.resolve("password"), "wrong-staple\n");
        try {
            PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", role, "--password-file",
                    passwordFile.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err().lines()).singleElement().satisfies(line -> assertThat(line)
                    .startsWith(database.url() + ": error: ").contains("password authentication failed")
                    .doesNotContain("wrong-staple").doesNotContain("\tat "));
            assertThat(run.out()).isEmpty();
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void aRoleWithoutSuperuserCanAuditAndIsToldWhatItCannotSee() throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        String auditor = "pgdl_auditor" + database.url().substring(database.url().lastIndexOf('_'));
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // the auditor has no USAGE on schema sales: the catalog still shows what it holds
            statement.execute("""
                    CREATE TABLE t_order (order_id bigint PRIMARY KEY);
                    CREATE SCHEMA sales;
                    CREATE TABLE sales.t_sale (sale_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
                    CREATE ROLE %s LOGIN;
                    """.formatted(auditor));
        }
        try {
            PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", auditor, "--format", "json",
                    "--fail-on", "never");

            assertThat(run.err()).isEmpty();
            assertThat(run.exitCode()).isZero();
            Map<String, String> messageByObject = new TreeMap<>();
            new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> messageByObject.merge(
                    f.get("object").asText(), f.get("message").asText(), (first, more) -> first + "\n" + more));
            assertThat(messageByObject.values()).anySatisfy(message -> assertThat(message)
                    .contains("may not read shared_preload_libraries").contains("pg_read_all_settings"));
            assertThat(messageByObject).containsKey("sales.t_sale.sale_id");
            assertThat(messageByObject.get("sales.t_sale_sale_id_seq")).contains("cannot be read by the auditing role");
        } finally {
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP ROLE " + auditor);
            }
        }
    }

    @Test
    void schemaLimitsTheAuditToTheNamedSchemas() throws SQLException, IOException {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA app;
                    CREATE SCHEMA legacy;
                    CREATE TABLE app.orders (id serial PRIMARY KEY);
                    CREATE TABLE legacy.orders (id serial PRIMARY KEY);
                    """);
        }

        PgdlRun run = PgdlRun.of("audit", "--url", database.url(), "--user", database.user(), "--schema", "app",
                "--format", "json", "--fail-on", "never");

        assertThat(run.err()).isEmpty();
        Set<String> objects = new TreeSet<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> objects.add(f.get("object").asText()));
        assertThat(objects).contains("app.orders", "app.orders.id").noneMatch(object -> object.startsWith("legacy."));
    }
}

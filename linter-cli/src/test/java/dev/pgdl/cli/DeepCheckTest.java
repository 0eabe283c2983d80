package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pgdl check --engine postgres}: the files run on a throwaway embedded PostgreSQL whose catalog is linted. */
class DeepCheckTest {

    private static final String SCHEMA = """
            CREATE TABLE m_customer (
                customer_id serial PRIMARY KEY,
                name varchar(100) NOT NULL
            );
            CREATE INDEX idx_01_m_customer ON m_customer (no_such_column);
            CREATE TABLE t_sale (
                sale_id bigint GENERATED ALWAYS AS IDENTITY,
                sold_on date NOT NULL,
                CONSTRAINT uk_t_sale UNIQUE (sale_id)
            ) PARTITION BY RANGE (sold_on);
            CREATE VIEW v_customer AS SELECT customer_id, nickname FROM m_customer;
            """;

    @TempDir
    Path dir;

    @Test
    void findingsOnWhatPostgresBuiltPointAtTheStatementsAndRejectionsCarryPostgresMessage() throws IOException {
        Path sql = dir.resolve("schema.sql");
        Files.writeString(sql, SCHEMA, StandardCharsets.UTF_8);
        List<Path> scratchBefore = scratchDirectories();

        PgdlRun run = PgdlRun.of("check", "--engine", "postgres", "--format", "json", "--lang", "en", sql.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        List<String> findings = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> findings.add(describe(f)));
        assertThat(findings).contains(
                "2:5 types/prefer-identity public.m_customer.customer_id",
                "5:1 parse/rejected PostgreSQL rejects this statement: column \"no_such_column\" does not exist.",
                "6:1 parse/rejected PostgreSQL rejects this statement: unique constraint on partitioned table must"
                        + " include all partitioning columns.",
                "11:47 parse/rejected PostgreSQL rejects this statement: column \"nickname\" does not exist.");
        assertThat(findings).noneMatch(f -> f.contains("public.t_sale"));
        assertThat(scratchDirectories()).as("the embedded PostgreSQL's data is removed").isEqualTo(scratchBefore);
    }

    @Test
    void aMigrationSetRunsOnTheServerInVersionOrderAndKeepsItsMigrationFindings() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__create.sql"), """
                CREATE TABLE t_order (
                    order_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    note text
                );
                """, StandardCharsets.UTF_8);
        Files.writeString(migrations.resolve("V2__index.sql"), """
                CREATE INDEX idx_01_t_order ON t_order (note);
                ALTER TABLE t_order DROP COLUMN no_such_column;
                """, StandardCharsets.UTF_8);

        PgdlRun run = PgdlRun.of("check", "--engine", "postgres", "--format", "json", "--lang", "en",
                "--migrations", migrations.toString());

        assertThat(run.err()).isEmpty();
        List<String> findings = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> findings.add(
                f.get("file").asText().replaceAll(".*/", "") + ":" + describe(f)));
        assertThat(findings).contains(
                "V1__create.sql:3:5 types/banned-type public.t_order.note",
                "V2__index.sql:1:1 migration/concurrent-index public.idx_01_t_order",
                "V2__index.sql:2:1 parse/rejected PostgreSQL rejects this statement: column \"no_such_column\" of relation"
                        + " \"t_order\" does not exist.");
    }

    @Test
    void aMigrationSetCannotStartFromALiveDatabaseInDeepMode() {
        PgdlRun run = PgdlRun.of("check", "--engine", "postgres", "--migrations", dir.toString(), "--base-url",
                "jdbc:postgresql://127.0.0.1:1/app");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--base-schema FILE, not --base-url");
    }

    /** {@code line:column rule object}; a rejection has no object and shows the start of its message instead. */
    private static String describe(JsonNode finding) {
        String at = finding.get("line").asText() + ":" + finding.get("column").asText() + " " + finding.get("rule").asText();
        return finding.get("object").isNull() ? at + " " + finding.get("message").asText().replaceAll(" Fix it;.*", "")
                : at + " " + finding.get("object").asText();
    }

    private static List<Path> scratchDirectories() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(file -> file.getFileName().toString().startsWith("pgdl-postgres-")).sorted().toList();
        }
    }
}

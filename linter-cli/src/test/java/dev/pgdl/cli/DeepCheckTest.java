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

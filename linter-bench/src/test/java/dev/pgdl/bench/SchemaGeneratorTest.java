package dev.pgdl.bench;

import dev.pgdl.core.api.ReportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's inputs are what it claims: realistic, of the asked size, fully read by pgdl, accepted by PostgreSQL. */
class SchemaGeneratorTest {

    @TempDir
    Path work;

    @Test
    void aSchemaHasTheAskedLinesAndEveryKindOfObject() {
        String sql = new SchemaGenerator(7).ofLines(1_000);

        assertThat(sql.lines().count()).isBetween(1_000L, 1_100L);
        assertThat(sql).contains("CREATE TABLE", "PARTITION BY RANGE", "PARTITION OF", "CREATE INDEX",
                "CREATE UNIQUE INDEX", "FOREIGN KEY", "COMMENT ON TABLE", "COMMENT ON COLUMN", "CREATE VIEW",
                "CREATE FUNCTION", "CHECK (");
        assertThat(new SchemaGenerator(7).ofLines(1_000)).isEqualTo(sql);
    }

    @Test
    void pgdlReadsEveryStatementItCounts() throws Exception {
        Path file = Files.writeString(work.resolve("schema.sql"), new SchemaGenerator(7).ofStatements(500));
        Path report = work.resolve("report.json");

        WarmRuns.check(file, ReportFormat.JSON, report).run(new dev.pgdl.core.api.Pgdl());

        String json = Files.readString(report);
        JsonFigures figures = JsonFigures.read(report);
        assertThat(figures.statements()).isBetween(500L, 530L);
        assertThat(figures.findings()).isPositive();
        assertThat(json).contains("\"unparsed\" : 0");
    }

    @Test
    void postgresqlCreatesTheGeneratedDatabase() throws Exception {
        try (GeneratedDatabases databases = new GeneratedDatabases(new SchemaGenerator(7))) {
            String url = databases.create(40);

            GeneratedDatabases.Shape shape = databases.shape(url);
            assertThat(shape.tables()).isBetween(40L, 43L);
            assertThat(shape.columns()).isGreaterThan(shape.tables() * 10);
            assertThat(shape.indexes()).isGreaterThanOrEqualTo(shape.tables());
            assertThat(GeneratedDatabases.catalogQueries(url)).isPositive();
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL rejected the generated DDL: " + e.getMessage(), e);
        }
    }
}

package dev.pgdl.core.catalog;

import dev.pgdl.core.catalog.ScriptApplier.Rejection;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptApplierTest {

    @Test
    void aRejectedStatementIsReportedWithItsMessageAndPositionAndTheRestStillRuns() throws SQLException {
        try (TestPostgres.Scratch scratch = TestPostgres.newScratchDatabase();
             Connection connection = scratch.database().connect()) {
            List<Rejection> rejections = ScriptApplier.apply(connection, List.of(
                    "CREATE TABLE t_a (id bigint)",
                    "CREATE VIEW v_a AS SELECT id, no_such_column FROM t_a",
                    "CREATE TABLE t_b (id bigint)"));

            assertThat(rejections).singleElement().satisfies(rejection -> {
                assertThat(rejection.index()).isEqualTo(1);
                assertThat(rejection.message()).isEqualTo("column \"no_such_column\" does not exist");
                assertThat(rejection.sqlState()).isEqualTo("42703");
                assertThat(rejection.position()).isEqualTo("CREATE VIEW v_a AS SELECT id, ".length());
            });
            assertThat(new CatalogReader().read(connection).schema().tables()).hasSize(2);
        }
    }

    @Test
    void aTransactionTheScriptOpensHoldsItsStatementsAsPsqlWould() throws SQLException {
        try (TestPostgres.Scratch scratch = TestPostgres.newScratchDatabase();
             Connection connection = scratch.database().connect()) {
            List<Rejection> rejections = ScriptApplier.apply(connection, List.of(
                    "BEGIN", "CREATE TABLE t_a (id bigint)", "SELECT 1 / 0", "CREATE TABLE t_b (id bigint)", "COMMIT",
                    "CREATE TABLE t_c (id bigint)"));

            assertThat(rejections).extracting(Rejection::index).containsExactly(2, 3);
            assertThat(rejections.get(1).message()).contains("current transaction is aborted");
            assertThat(new CatalogReader().read(connection).schema().tables()).singleElement()
                    .satisfies(table -> assertThat(table.name().identity()).isEqualTo("public.t_c"));
        }
    }
}

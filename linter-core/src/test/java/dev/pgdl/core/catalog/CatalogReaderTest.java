package dev.pgdl.core.catalog;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.ReferentialAction;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.model.TypeOrigin;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class CatalogReaderTest {

    @Test
    void tablesColumnsAndConstraintsAreReadAsTheDdlReaderWouldModelThem() throws SQLException {
        Schema schema = read("""
                CREATE TYPE order_state AS ENUM ('new', 'paid');
                CREATE TABLE m_customer (customer_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email varchar(254));
                CREATE TABLE t_order (
                    order_id serial PRIMARY KEY,
                    customer_id bigint REFERENCES m_customer (customer_id) ON DELETE CASCADE,
                    amount numeric(12, 2) NOT NULL DEFAULT 0,
                    state order_state,
                    ordered_at timestamp(3) with time zone,
                    tags text[],
                    CHECK (amount >= 0)
                );
                COMMENT ON TABLE t_order IS '受注';
                """);

        Table order = table(schema, "t_order");
        assertThat(order.comment()).isEqualTo("受注");
        Column id = order.column("order_id").orElseThrow();
        assertThat(id.type().name()).isEqualTo("integer");
        assertThat(id.defaultExpression()).startsWith("nextval(");
        assertThat(order.column("amount").orElseThrow().type()).satisfies(type -> {
            assertThat(type.precision()).isEqualTo(12);
            assertThat(type.scale()).isEqualTo(2);
        });
        assertThat(order.column("state").orElseThrow().type()).extracting(t -> t.name(), t -> t.origin())
                .containsExactly("public.order_state", TypeOrigin.ENUM);
        assertThat(order.column("ordered_at").orElseThrow().type().name()).isEqualTo("timestamp with time zone");
        assertThat(order.column("tags").orElseThrow().type().arrayDimensions()).isEqualTo(1);
        assertThat(order.constraints()).extracting(c -> c.name().name(), c -> c.type()).containsExactlyInAnyOrder(
                tuple("t_order_pkey", ConstraintType.PRIMARY_KEY),
                tuple("t_order_customer_id_fkey", ConstraintType.FOREIGN_KEY),
                tuple("t_order_amount_check", ConstraintType.CHECK));
        assertThat(order.constraints()).filteredOn(c -> c.is(ConstraintType.FOREIGN_KEY)).singleElement()
                .satisfies(fk -> assertThat(fk.foreignKey().onDelete()).isEqualTo(ReferentialAction.CASCADE));
        assertThat(table(schema, "m_customer").column("customer_id").orElseThrow().identity())
                .isEqualTo(IdentityGeneration.ALWAYS);
        assertThat(schema.sequences()).extracting(s -> s.name().identity(), s -> s.identity()).containsExactlyInAnyOrder(
                tuple("public.m_customer_customer_id_seq", true), tuple("public.t_order_order_id_seq", false));
        assertThat(schema.enumTypes().get(0).labels()).containsExactly("new", "paid");
    }

    @Test
    void aForeignKeyDoesNotTakeTheIncludedColumnsOfTheKeyItReferences() throws SQLException {
        Schema schema = read("""
                CREATE TABLE m_code (code varchar(10), label varchar(40), CONSTRAINT uk_m_code UNIQUE (code) INCLUDE (label));
                CREATE TABLE t_use (code varchar(10) CONSTRAINT fk_t_use_code REFERENCES m_code (code));
                """);

        assertThat(table(schema, "m_code").constraints()).singleElement()
                .satisfies(key -> assertThat(key.include()).extracting(c -> c.name()).containsExactly("label"));
        assertThat(table(schema, "t_use").constraints()).singleElement()
                .satisfies(fk -> assertThat(fk.include()).isEmpty());
    }

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTables() throws SQLException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            many.append("CREATE TABLE t_").append(i).append(" (id bigint PRIMARY KEY, v varchar(10));\n")
                    .append("CREATE INDEX idx_01_t_").append(i).append(" ON t_").append(i).append(" (v);\n");
        }
        CatalogReadResult small = readResult("CREATE TABLE t_one (id bigint PRIMARY KEY);");
        CatalogReadResult large = readResult(many.toString());

        assertThat(large.schema().tables()).hasSize(200);
        assertThat(large.schema().indexes()).hasSize(200);
        assertThat(large.queries()).isEqualTo(small.queries());
    }

    @Test
    void theLiveStateShowsInvalidIndexesSequenceValuesAndTheServerSettings() throws SQLException {
        try (Connection connection = TestPostgres.newDatabase()) {
            apply(connection, """
                    CREATE TABLE t_order (order_id integer GENERATED ALWAYS AS IDENTITY, order_no varchar(20));
                    INSERT INTO t_order (order_no) VALUES ('A-1'), ('A-1');
                    CREATE INDEX idx_01_t_order ON t_order (order_no);
                    CREATE SEQUENCE seq_t_order_01;
                    """);
            assertThatThrownBy(() -> apply(connection, "CREATE UNIQUE INDEX CONCURRENTLY uk_t_order ON t_order (order_no)"))
                    .hasMessageContaining("could not create unique index");
            DatabaseState state = new CatalogReader().read(connection).state();

            assertThat(state.indexUsage()).extracting(u -> u.index().identity(), DatabaseState.IndexUsage::valid)
                    .contains(tuple("public.idx_01_t_order", true), tuple("public.uk_t_order", false));
            assertThat(state.sequenceUsage()).extracting(u -> u.sequence().identity(), DatabaseState.SequenceUsage::lastValue,
                            DatabaseState.SequenceUsage::maxValue)
                    .containsExactly(tuple("public.seq_t_order_01", null, Long.MAX_VALUE),
                            tuple("public.t_order_order_id_seq", 2L, (long) Integer.MAX_VALUE));
            assertThat(state.name()).startsWith("pgdl_test_");
            assertThat(state.bootstrapSuperuser()).isNotBlank();
            assertThat(state.statisticsCollected()).isTrue();
        }
    }

    /** The build runs these tests on embedded PostgreSQL 17 and again on 16 (see the pom). */
    @Test
    void theServerIsTheRealPostgresThisRunAskedFor() throws SQLException {
        try (Connection connection = TestPostgres.newDatabase()) {
            int major = Integer.parseInt(new CatalogReader().read(connection).serverVersion().split("\\.")[0]);

            assertThat(major).isBetween(13, 17);
            if (System.getenv("PGDL_TEST_JDBC_URL") == null) {
                assertThat(major).isEqualTo(Integer.getInteger("pgdl.test.postgres.major"));
            }
        }
    }

    @Test
    void readingLeavesTheDatabaseAsItWasAndTheSessionUsable() throws SQLException {
        try (Connection connection = TestPostgres.newDatabase()) {
            apply(connection, "CREATE TABLE t_a (id bigint);");
            Schema first = new CatalogReader().read(connection).schema();
            Schema second = new CatalogReader().read(connection).schema();

            assertThat(second).isEqualTo(first);
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
        }
    }

    @Test
    void readingThroughConnectionSettingsOnTwoConnectionsGivesWhatOneConnectionGives() throws Exception {
        TestPostgres.Database database = TestPostgres.newEmptyDatabase();
        try (Connection connection = database.connect()) {
            apply(connection, """
                    CREATE TABLE m_customer (customer_id bigint PRIMARY KEY, email varchar(254) UNIQUE);
                    CREATE TABLE t_order (order_id bigint, customer_id bigint REFERENCES m_customer,
                                          ordered_at date NOT NULL, PRIMARY KEY (order_id, ordered_at))
                        PARTITION BY RANGE (ordered_at);
                    CREATE TABLE t_order_2026 PARTITION OF t_order FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
                    CREATE INDEX t_order_customer_idx ON t_order (customer_id);
                    CREATE VIEW v_customer AS SELECT customer_id, email FROM m_customer;
                    CREATE SEQUENCE s_ticket;
                    """);
            CatalogReadResult oneConnection = new CatalogReader().read(connection);

            CatalogReadResult twoConnections = new CatalogReader().read(new ConnectionSettings(database.url(),
                    Optional.ofNullable(database.user()), Optional.ofNullable(database.password())));

            assertThat(twoConnections.schema()).isEqualTo(oneConnection.schema());
            assertThat(twoConnections.state().indexUsage()).isEqualTo(oneConnection.state().indexUsage());
            assertThat(twoConnections.queries()).isEqualTo(oneConnection.queries());
        }
    }

    static Schema read(String sql) throws SQLException {
        return readResult(sql).schema();
    }

    private static CatalogReadResult readResult(String sql) throws SQLException {
        try (Connection connection = TestPostgres.newDatabase()) {
            apply(connection, sql);
            return new CatalogReader().read(connection);
        }
    }

    static void apply(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().name().name().equals(name)).findFirst().orElseThrow();
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.ddl.DdlReader;
import dev.pgdl.core.ddl.SqlFile;
import dev.pgdl.core.model.Schema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaInventoryTest {

    private static final Schema SCHEMA = new DdlReader().read(List.of(new SqlFile("schema.sql", """
            CREATE SCHEMA app;
            CREATE TABLE app.m_customer (id bigint PRIMARY KEY, name varchar(40));
            CREATE TABLE app.t_order (id bigint, customer_id bigint) PARTITION BY RANGE (id);
            CREATE TABLE app.t_order_1 PARTITION OF app.t_order FOR VALUES FROM (0) TO (100);
            CREATE TABLE app.audit_log (id serial);
            CREATE SEQUENCE app.free_numbers;
            CREATE INDEX idx_customer_name ON app.m_customer (name);
            CREATE VIEW app.v_customer AS SELECT id FROM app.m_customer;
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
            CREATE TRIGGER trg_touch BEFORE UPDATE ON app.m_customer FOR EACH ROW EXECUTE FUNCTION app.touch();
            CREATE ROLE app_login LOGIN;
            """))).schema();

    private final SchemaInventory inventory = SchemaInventory.of(List.of(SCHEMA), TableKinds.DEFAULT);

    @Test
    void tablesViewsFunctionsSchemasAndRolesAreListedOnceWithTheirKind() {
        assertThat(inventory.objects()).extracting(o -> o.kind().id() + " " + o.identity()).containsExactly(
                "table app.m_customer", "table app.t_order", "table app.t_order_1", "table app.audit_log",
                "view app.v_customer", "function app.touch", "sequence app.free_numbers", "schema app", "role app_login");
    }

    @Test
    void aTableHasTheKindOfItsPrefixAndAPartitionTheKindOfItsParent() {
        assertThat(inventory.objects()).filteredOn(o -> o.kind() == ObjectKind.TABLE)
                .extracting(InventoryObject::tableKind)
                .containsExactly(Optional.of("master"), Optional.of("transaction"), Optional.of("transaction"),
                        Optional.empty());
    }

    @Test
    void columnsConstraintsIndexesAndTriggersBelongToTheirTable() {
        assertThat(List.of("app.m_customer.name", "app.m_customer.m_customer_pkey", "app.idx_customer_name",
                "app.m_customer.trg_touch", "app.m_customer"))
                .allSatisfy(identity -> assertThat(inventory.ownerOf("", identity)).as(identity)
                        .hasValueSatisfying(owner -> assertThat(owner.identity()).isEqualTo("app.m_customer")));
    }

    @Test
    void theSequenceOfASerialColumnBelongsToItsTable() {
        assertThat(inventory.ownerOf("", "app.audit_log_id_seq"))
                .hasValueSatisfying(owner -> assertThat(owner.identity()).isEqualTo("app.audit_log"));
    }

    @Test
    void objectsOfSeveralDatabasesAreToldApartByDatabase() {
        SchemaInventory databases = SchemaInventory.ofDatabases(Map.of("db1", SCHEMA, "db2", SCHEMA),
                TableKinds.DEFAULT);

        assertThat(databases.objects()).filteredOn(o -> o.identity().equals("app.m_customer"))
                .extracting(InventoryObject::database).containsExactlyInAnyOrder("db1", "db2");
        assertThat(databases.ownerOf("db2", "app.m_customer.name"))
                .hasValueSatisfying(owner -> assertThat(owner.database()).isEqualTo("db2"));
        assertThat(databases.ownerOf("", "app.m_customer.name")).isEmpty();
    }

    @Test
    void anObjectTheSchemaDoesNotHoldBelongsToNothing() {
        assertThat(inventory.ownerOf("", "app.nowhere.column")).isEmpty();
        assertThat(inventory.ownerOf("", "")).isEmpty();
    }
}

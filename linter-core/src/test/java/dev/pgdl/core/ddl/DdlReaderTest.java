package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.NullsOrder;
import dev.pgdl.core.model.OnCommit;
import dev.pgdl.core.model.PartitionStrategy;
import dev.pgdl.core.model.Persistence;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.ReferentialAction;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.model.View;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class DdlReaderTest {

    @Test
    void columnsCarryTypeNullabilityDefaultAndTheirOwnPosition() {
        Table table = table(read("""
                CREATE TABLE t_order (
                    order_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    note       varchar(200) NOT NULL DEFAULT '',
                    ordered_at TIMESTAMP NOT NULL DEFAULT now(),
                    amount     numeric(12, 2),
                    "Code"     text COLLATE "C"
                );
                """), "t_order");

        assertThat(table.location().toString()).isEqualTo("s.sql:1:14");
        Column id = table.columns().get(0);
        assertThat(id.identity()).isEqualTo(IdentityGeneration.ALWAYS);
        assertThat(id.notNull()).isTrue();
        Column note = table.column("note").orElseThrow();
        assertThat(note.type().sql()).isEqualTo("character varying(200)");
        assertThat(note.defaultExpression()).isEqualTo("''");
        assertThat(note.location().toString()).isEqualTo("s.sql:3:5");
        Column orderedAt = table.column("ordered_at").orElseThrow();
        assertThat(orderedAt.type().name()).isEqualTo("timestamp without time zone");
        assertThat(orderedAt.type().written()).isEqualTo("TIMESTAMP");
        assertThat(orderedAt.defaultExpression()).isEqualTo("now()");
        assertThat(table.column("amount").orElseThrow().notNull()).isFalse();
        Column code = table.column("Code").orElseThrow();
        assertThat(code.name().quoted()).isTrue();
        assertThat(code.collation()).isEqualTo("C");
    }

    @Test
    void serialBecomesWhatPostgresStoresWithAnOwnedSequence() {
        Schema schema = read("CREATE TABLE customers (id serial PRIMARY KEY, n bigserial);");

        Column id = table(schema, "customers").columns().get(0);
        assertThat(id.type().name()).isEqualTo("integer");
        assertThat(id.type().written()).isEqualTo("serial");
        assertThat(id.notNull()).isTrue();
        assertThat(id.defaultExpression()).isEqualTo("nextval('public.customers_id_seq'::regclass)");
        assertThat(schema.sequences()).extracting(s -> s.name().identity())
                .containsExactly("public.customers_id_seq", "public.customers_n_seq");
        assertThat(schema.sequences().get(0).ownedBy().identity()).isEqualTo("public.customers.id");
    }

    @Test
    void unnamedConstraintsGetPostgresNamesAndColumnConstraintsBecomeTableConstraints() {
        Table table = table(read("""
                CREATE TABLE orders (
                    id bigint PRIMARY KEY,
                    customer_id bigint REFERENCES customers (id) ON DELETE CASCADE,
                    code varchar(10) UNIQUE,
                    qty integer CHECK (qty > 0),
                    CONSTRAINT orders_code_ck CHECK (code <> ''),
                    UNIQUE NULLS NOT DISTINCT (customer_id, code),
                    FOREIGN KEY (customer_id, code) REFERENCES other (a, b) ON UPDATE SET NULL DEFERRABLE
                );
                """), "orders");

        assertThat(table.constraints()).extracting(c -> c.name().name(), Constraint::type).containsExactly(
                tuple("orders_pkey", ConstraintType.PRIMARY_KEY),
                tuple("orders_customer_id_fkey", ConstraintType.FOREIGN_KEY),
                tuple("orders_code_key", ConstraintType.UNIQUE),
                tuple("orders_qty_check", ConstraintType.CHECK),
                tuple("orders_code_ck", ConstraintType.CHECK),
                tuple("orders_customer_id_code_key", ConstraintType.UNIQUE),
                tuple("orders_customer_id_code_fkey", ConstraintType.FOREIGN_KEY));
        Constraint fk = table.constraints().get(1);
        assertThat(fk.foreignKey().referencedTable().identity()).isEqualTo("public.customers");
        assertThat(fk.foreignKey().onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(fk.location().toString()).isEqualTo("s.sql:3:24");
        assertThat(table.constraints().get(3).expression()).isEqualTo("qty > 0");
        assertThat(table.constraints().get(5).nullsNotDistinct()).isTrue();
        Constraint composite = table.constraints().get(6);
        assertThat(composite.foreignKey().onUpdate()).isEqualTo(ReferentialAction.SET_NULL);
        assertThat(composite.deferrable()).isTrue();
        assertThat(composite.location().toString()).isEqualTo("s.sql:8:5");
    }

    @Test
    void checkNamesFollowTheColumnOnlyWhenTheyReadOneAndRepeatedNamesAreNumbered() {
        Table table = table(read("""
                CREATE TABLE t_event (a int, b int, CHECK (a < b), CHECK (a > 0), CHECK (a <> 1));
                ALTER TABLE t_event ADD CHECK (a < b);
                """), "t_event");

        assertThat(table.constraints()).extracting(c -> c.name().name())
                .containsExactly("t_event_check", "t_event_a_check", "t_event_a_check1", "t_event_check1");
    }

    @Test
    void quotedTypeNamesFindTheirEnum() {
        Table table = table(read("""
                CREATE TYPE "Mood" AS ENUM ('happy', 'sad');
                CREATE TABLE t (a "Mood", b public."Mood", c "Mood"[]);
                """), "t");

        assertThat(table.columns()).extracting(c -> c.type().origin())
                .containsExactly(TypeOrigin.ENUM, TypeOrigin.ENUM, TypeOrigin.ENUM);
    }

    @Test
    void partitionsHaveColumnsOfTheirOwnAndFollowColumnChangesOfTheirParent() {
        Schema schema = read("""
                CREATE TABLE t_log (logged_on date NOT NULL, message text) PARTITION BY RANGE (logged_on);
                CREATE TABLE t_log_2024 PARTITION OF t_log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                ALTER TABLE t_log ADD COLUMN note varchar(100), DROP COLUMN message;
                """);

        Table parent = table(schema, "t_log");
        Table partition = table(schema, "t_log_2024");
        assertThat(partition.columns()).extracting(c -> c.name().name()).containsExactly("logged_on", "note");
        assertThat(partition.columns().get(0)).as("a column object of its own").isNotSameAs(parent.columns().get(0));
    }

    @Test
    void longImplicitNamesAreTruncatedLikePostgres() {
        String longTable = "t_" + "a".repeat(60);
        Table table = table(read("CREATE TABLE " + longTable + " (customer_identifier bigint UNIQUE);"), longTable);

        String name = table.constraints().get(0).name().name();
        assertThat(name).hasSize(63).endsWith("_customer_identifier_key");
    }

    @Test
    void tableKindsPartitioningAndOptionsAreRead() {
        Schema schema = read("""
                CREATE TABLE t_sale (sale_id bigint NOT NULL, sold_on date NOT NULL) PARTITION BY RANGE (sold_on);
                CREATE TABLE t_sale_202401 PARTITION OF t_sale FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
                CREATE TEMPORARY TABLE tmp_work (x int) ON COMMIT DELETE ROWS;
                CREATE UNLOGGED TABLE w_load (x int) WITH (fillfactor = 100);
                CREATE TABLE h_child (y int) INHERITS (public.w_load);
                """);

        Table parent = table(schema, "t_sale");
        assertThat(parent.partitioning().strategy()).isEqualTo(PartitionStrategy.RANGE);
        assertThat(parent.partitioning().keys().get(0).column().name()).isEqualTo("sold_on");
        Table partition = table(schema, "t_sale_202401");
        assertThat(partition.partitionOf().parent().identity()).isEqualTo("public.t_sale");
        assertThat(partition.partitionOf().bound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2024-02-01')");
        assertThat(partition.columns()).extracting(c -> c.name().name()).containsExactly("sale_id", "sold_on");
        Table temp = table(schema, "tmp_work");
        assertThat(temp.persistence()).isEqualTo(Persistence.TEMPORARY);
        assertThat(temp.name().identity()).isEqualTo("pg_temp.tmp_work");
        assertThat(temp.onCommit()).isEqualTo(OnCommit.DELETE_ROWS);
        Table unlogged = table(schema, "w_load");
        assertThat(unlogged.persistence()).isEqualTo(Persistence.UNLOGGED);
        assertThat(unlogged.storageParameters()).containsEntry("fillfactor", "100");
        assertThat(table(schema, "h_child").inherits()).extracting(QualifiedName::identity).containsExactly("public.w_load");
    }

    @Test
    void alterTableChangesTheTableAsPgDumpWritesIt() {
        Schema schema = read("""
                CREATE TABLE public.t_item (item_id bigint NOT NULL, name text, price integer);
                ALTER TABLE public.t_item ALTER COLUMN item_id ADD GENERATED ALWAYS AS IDENTITY (
                    SEQUENCE NAME public.t_item_item_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1);
                ALTER TABLE ONLY public.t_item ADD CONSTRAINT t_item_pkey PRIMARY KEY (item_id);
                ALTER TABLE ONLY public.t_item ADD CONSTRAINT t_item_name_key UNIQUE (name);
                ALTER TABLE public.t_item ADD CONSTRAINT t_item_price_ck CHECK (price > 0) NOT VALID;
                ALTER TABLE public.t_item ALTER COLUMN name SET NOT NULL, ALTER COLUMN name SET DEFAULT '';
                ALTER TABLE public.t_item ALTER COLUMN price SET DATA TYPE bigint;
                ALTER TABLE public.t_item ADD COLUMN lock_no bigint NOT NULL DEFAULT 1;
                ALTER TABLE public.t_item RENAME COLUMN price TO unit_price;
                ALTER TABLE public.t_item RENAME TO m_item;
                ALTER TABLE m_item ENABLE ROW LEVEL SECURITY;
                """);

        Table item = table(schema, "m_item");
        assertThat(item.column("item_id").orElseThrow().identity()).isEqualTo(IdentityGeneration.ALWAYS);
        assertThat(item.constraints()).extracting(c -> c.name().name())
                .containsExactly("t_item_pkey", "t_item_name_key", "t_item_price_ck");
        assertThat(item.constraints().get(2).notValid()).isTrue();
        assertThat(item.constraints().get(2).location().toString()).isEqualTo("s.sql:6:31");
        Column name = item.column("name").orElseThrow();
        assertThat(name.notNull()).isTrue();
        assertThat(name.defaultExpression()).isEqualTo("''");
        assertThat(item.column("unit_price").orElseThrow().type().name()).isEqualTo("bigint");
        assertThat(item.column("lock_no").orElseThrow().location().toString()).isEqualTo("s.sql:9:38");
        assertThat(item.rowLevelSecurity()).isTrue();
        assertThat(schema.sequences()).extracting(s -> s.name().identity()).containsExactly("public.t_item_item_id_seq");
    }

    @Test
    void dropAndValidateAndAlterOnMissingObjectsAreHarmless() {
        Schema schema = read("""
                CREATE TABLE t (a int CONSTRAINT a_ck CHECK (a > 0) NOT VALID, b int);
                ALTER TABLE t VALIDATE CONSTRAINT a_ck;
                ALTER TABLE t DROP COLUMN b;
                ALTER TABLE not_here ADD COLUMN x int;
                DROP TABLE IF EXISTS also_not_here;
                """);

        Table t = table(schema, "t");
        assertThat(t.columns()).extracting(c -> c.name().name()).containsExactly("a");
        assertThat(t.constraints().get(0).notValid()).isFalse();
    }

    @Test
    void indexesAreReadWithMethodElementsAndPredicate() {
        Schema schema = read("""
                CREATE TABLE t (a int, b text, payload jsonb);
                CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uk_t ON t USING btree (a DESC NULLS LAST) INCLUDE (b)
                    WHERE a > 0;
                CREATE INDEX ON t USING gin (payload jsonb_path_ops);
                CREATE INDEX idx_01_t ON t (lower(b));
                """);

        Index unique = schema.indexes().get(0);
        assertThat(unique.name().identity()).isEqualTo("public.uk_t");
        assertThat(unique.unique()).isTrue();
        assertThat(unique.elements().get(0).descending()).isTrue();
        assertThat(unique.include()).extracting(i -> i.name()).containsExactly("b");
        assertThat(unique.predicate()).isEqualTo("a > 0");
        assertThat(unique.location().toString()).isEqualTo("s.sql:2:48");
        Index gin = schema.indexes().get(1);
        assertThat(gin.name().name().name()).isEqualTo("t_payload_idx");
        assertThat(gin.method()).isEqualTo("gin");
        assertThat(gin.elements().get(0).opclass()).isEqualTo("jsonb_path_ops");
        assertThat(schema.indexes().get(2).elements().get(0).expression()).isEqualTo("lower(b)");
    }

    @Test
    void indexElementsKeepExpressionsOperatorClassesCollationsAndOrder() {
        Schema schema = read("""
                CREATE TABLE t (a text, b text, c int, payload jsonb);
                CREATE INDEX idx_t_elements ON t (a COLLATE "C" text_pattern_ops DESC NULLS FIRST, (lower(b)),
                    lower( c::text ),  (payload->>'x')  jsonb_ops, "C" ASC NULLS LAST,
                    coalesce(c, 0) public.int4_ops (siglen = 8), (b COLLATE pg_catalog."default"));
                """);

        assertThat(schema.indexes().get(0).elements()).extracting(e -> e.column() == null ? null : e.column().name(),
                IndexElement::expression, IndexElement::opclass, IndexElement::collation, IndexElement::descending,
                IndexElement::nulls).containsExactly(
                tuple("a", null, "text_pattern_ops", "\"C\"", true, NullsOrder.FIRST),
                tuple(null, "lower(b)", null, null, false, NullsOrder.DEFAULT),
                tuple(null, "lower( c::text )", null, null, false, NullsOrder.DEFAULT),
                tuple(null, "payload->>'x'", "jsonb_ops", null, false, NullsOrder.DEFAULT),
                tuple("C", null, null, null, false, NullsOrder.LAST),
                tuple(null, "coalesce(c, 0)", "public.int4_ops", null, false, NullsOrder.DEFAULT),
                tuple(null, "b COLLATE pg_catalog.\"default\"", null, null, false, NullsOrder.DEFAULT));
    }

    @Test
    void indexClausesAfterTheElementsAreRead() {
        Schema schema = read("""
                CREATE SCHEMA s;
                CREATE TABLE s.t (a int, b text, deleted_at timestamptz) PARTITION BY RANGE (a);
                CREATE UNIQUE INDEX IF NOT EXISTS uk_t ON ONLY s.t USING BTREE (a) INCLUDE (b, "B")
                    NULLS NOT DISTINCT WITH (fillfactor = 70, deduplicate_items = off) TABLESPACE fast
                    WHERE deleted_at   IS NULL /* live rows */ AND b <> '';
                CREATE INDEX CONCURRENTLY ON s.t USING gin (b gin_trgm_ops) WITH (fastupdate);
                CREATE INDEX idx_t_a ON s.t (a) NULLS DISTINCT WHERE (a > 0);
                """);

        Index unique = schema.indexes().get(0);
        assertThat(unique.name().identity()).isEqualTo("s.uk_t");
        assertThat(unique.table().identity()).isEqualTo("s.t");
        assertThat(unique.unique()).isTrue();
        assertThat(unique.onlyParent()).isTrue();
        assertThat(unique.method()).isEqualTo("btree");
        assertThat(unique.include()).extracting(Identifier::name).containsExactly("b", "B");
        assertThat(unique.nullsNotDistinct()).isTrue();
        assertThat(unique.storageParameters()).containsExactly(entry("fillfactor", "70"),
                entry("deduplicate_items", "off"));
        assertThat(unique.predicate()).isEqualTo("deleted_at IS NULL AND b <> ''");
        assertThat(unique.location().toString()).isEqualTo("s.sql:3:35");
        Index unnamed = schema.indexes().get(1);
        assertThat(unnamed.name().identity()).isEqualTo("s.t_b_idx");
        assertThat(unnamed.location().toString()).isEqualTo("s.sql:6:1");
        assertThat(unnamed.unique()).isFalse();
        assertThat(unnamed.onlyParent()).isFalse();
        assertThat(unnamed.storageParameters()).containsExactly(entry("fastupdate", "true"));
        Index partial = schema.indexes().get(2);
        assertThat(partial.nullsNotDistinct()).isFalse();
        assertThat(partial.predicate()).isEqualTo("(a > 0)");
    }

    @Test
    void anIndexPostgresWouldRejectIsAProblemAtTheOffendingToken() {
        DdlReadResult result = new DdlReader().read(List.of(new SqlFile("s.sql", """
                CREATE TABLE t (a int);
                CREATE INDEX idx_t_a ON t (a) WHERE;
                CREATE INDEX idx_t_b ON t (a b c);
                CREATE INDEX idx_t_c ON t;
                CREATE INDEX idx_t_d ON t (42);
                CREATE INDEX idx_t_e ON t (a) FROBNICATE;
                CREATE INDEX idx_t_ok ON t (a);
                """)));

        assertThat(result.problems()).extracting(p -> p.location().toString(), ParseProblem::statementKind,
                ParseProblem::reason).containsExactly(
                tuple("s.sql:2:1", "CREATE INDEX", "the statement ends too early"),
                tuple("s.sql:3:1", "CREATE INDEX", "unexpected \"c\" at line 3, column 32"),
                tuple("s.sql:4:1", "CREATE INDEX", "the statement ends too early"),
                tuple("s.sql:5:1", "CREATE INDEX", "unexpected \"42\" at line 5, column 28"),
                tuple("s.sql:6:1", "CREATE INDEX", "unexpected \"FROBNICATE\" at line 6, column 31"));
        assertThat(result.schema().indexes()).extracting(i -> i.name().name().name()).containsExactly("idx_t_ok");
    }

    @Test
    void viewsKnowWhatTheyReadAndWhetherTheySelectStar() {
        Schema schema = read("""
                CREATE TABLE t_order (id int);
                CREATE VIEW v_order AS SELECT * FROM t_order;
                CREATE MATERIALIZED VIEW mv_total AS
                    WITH recent AS (SELECT id FROM t_order) SELECT r.id FROM recent r JOIN v_order v ON v.id = r.id;
                CREATE TEMP VIEW v_tmp AS TABLE t_order;
                """);

        View star = schema.views().get(0);
        assertThat(star.selectsStar()).isTrue();
        assertThat(star.references()).extracting(QualifiedName::identity).containsExactly("public.t_order");
        View materialized = schema.views().get(1);
        assertThat(materialized.materialized()).isTrue();
        assertThat(materialized.selectsStar()).isFalse();
        assertThat(materialized.references()).extracting(QualifiedName::identity)
                .containsExactlyInAnyOrder("public.t_order", "public.v_order");
        assertThat(schema.views().get(2).temporary()).isTrue();
        assertThat(schema.views().get(2).selectsStar()).isTrue();
    }

    @Test
    void aViewReadsTheRelationsOfAllItsFromItemsAndSubqueriesButNotItsOwnNames() {
        Schema schema = read("""
                CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int); CREATE TABLE d (id int);
                CREATE TABLE e (id int); CREATE TABLE recent (id int); CREATE TABLE sub (id int);
                CREATE VIEW v AS
                    WITH recent AS (SELECT id FROM a)
                    SELECT r.id, (SELECT max(id) FROM b) AS top, st.group
                    FROM recent r
                    LEFT JOIN LATERAL (SELECT id FROM c WHERE c.id = r.id) sub ON true
                    CROSS JOIN generate_series(1, 3) AS g(n)
                    JOIN (d NATURAL JOIN s.st) ON d.id IS NOT DISTINCT FROM r.id
                    WHERE EXISTS (SELECT 1 FROM e) AND r.id IN (SELECT id FROM sub)
                    WITH LOCAL CHECK OPTION;
                """);

        View view = schema.views().get(0);
        assertThat(view.references()).extracting(QualifiedName::identity)
                .containsExactly("public.a", "public.b", "public.c", "public.d", "s.st", "public.e");
        assertThat(view.selectsStar()).isFalse();
        assertThat(view.query()).startsWith("WITH recent AS (SELECT id FROM a) SELECT r.id,")
                .endsWith("r.id IN (SELECT id FROM sub)");
    }

    @Test
    void aViewSelectsStarWhenAnOuterSelectListOfItsSetOperationHasStarOrAliasStar() {
        Schema schema = read("""
                CREATE TABLE t (id int);
                CREATE VIEW v_alias_star AS SELECT 1 AS one FROM t UNION ALL (SELECT t.* FROM t ORDER BY 1 LIMIT 5);
                CREATE VIEW v_inner_star AS SELECT x.id FROM (SELECT * FROM t) x WHERE x.id = ANY (SELECT * FROM t);
                CREATE VIEW v_product AS SELECT t.id * 2 FROM t;
                CREATE MATERIALIZED VIEW mv AS (WITH w AS (SELECT 1) SELECT * FROM w) WITH NO DATA;
                """);

        assertThat(schema.views()).extracting(View::selectsStar).containsExactly(true, false, false, true);
        assertThat(schema.views().get(3).references()).isEmpty();
    }

    @Test
    void aViewThatDoesNotFitTheSyntaxIsAProblemAtItsFirstWrongToken() {
        DdlReadResult result = new DdlReader().read(List.of(new SqlFile("s.sql", """
                CREATE VIEW v_dangling AS SELECT a FROM t JOIN u;
                CREATE VIEW v_no_from_item AS SELECT a FROM WHERE a > 1;
                CREATE VIEW v_options AS SELECT 1 WITH CASCADED DATA;
                CREATE VIEW v_ok AS SELECT 1;
                """)));

        assertThat(result.problems()).extracting(p -> p.location().toString(), ParseProblem::reason).containsExactly(
                tuple("s.sql:1:1", "the statement ends too early"),
                tuple("s.sql:2:1", "unexpected \"WHERE\" at line 2, column 45"),
                tuple("s.sql:3:1", "unexpected \"DATA\" at line 3, column 49"));
        assertThat(result.schema().views()).extracting(v -> v.name().identity()).containsExactly("public.v_ok");
    }

    @Test
    void aColumnTypeIsResolvedAgainstTheSchemaAsItIsWhereTheColumnIsRead() {
        Schema schema = read("""
                CREATE TABLE before_types (state order_state, kind shell_kind, n integer);
                CREATE TYPE order_state AS ENUM ('new', 'paid');
                CREATE TYPE shell_kind;
                CREATE TABLE after_shell (state order_state, kind shell_kind, n integer);
                DROP TYPE shell_kind;
                CREATE TYPE shell_kind AS ENUM ('a');
                CREATE TABLE after_enum (kind shell_kind, n integer);
                """);

        assertThat(table(schema, "before_types").columns()).extracting(c -> c.type().origin())
                .containsExactly(TypeOrigin.UNKNOWN, TypeOrigin.UNKNOWN, TypeOrigin.BUILT_IN);
        assertThat(table(schema, "after_shell").columns()).extracting(c -> c.type().origin())
                .containsExactly(TypeOrigin.ENUM, TypeOrigin.BUILT_IN, TypeOrigin.BUILT_IN);
        assertThat(table(schema, "after_enum").columns()).extracting(c -> c.type().origin())
                .containsExactly(TypeOrigin.ENUM, TypeOrigin.BUILT_IN);
    }

    @Test
    void typesDomainsFunctionsTriggersAndExtensions() {
        Schema schema = read("""
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
                CREATE TYPE order_state AS ENUM ('new', 'paid');
                ALTER TYPE order_state ADD VALUE 'shipped';
                CREATE DOMAIN positive_int AS integer NOT NULL CHECK (VALUE > 0);
                CREATE TABLE t (s order_state, p positive_int);
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
                    AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END; $$;
                CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE EVENT TRIGGER no_ddl ON ddl_command_start EXECUTE FUNCTION touch();
                """);

        assertThat(schema.extensions()).extracting(e -> e.name()).containsExactly("uuid-ossp");
        assertThat(schema.enumTypes().get(0).labels()).containsExactly("new", "paid", "shipped");
        assertThat(schema.domains().get(0).baseType().name()).isEqualTo("integer");
        assertThat(schema.domains().get(0).checks()).containsExactly("VALUE > 0");
        Table t = table(schema, "t");
        assertThat(t.columns()).extracting(c -> c.type().origin()).containsExactly(TypeOrigin.ENUM, TypeOrigin.DOMAIN);
        assertThat(t.columns().get(0).type().name()).isEqualTo("public.order_state");
        var function = schema.functions().get(0);
        assertThat(function.language()).isEqualTo("plpgsql");
        assertThat(function.securityDefiner()).isTrue();
        assertThat(function.settings()).containsEntry("search_path", "pg_catalog");
        assertThat(function.body()).contains("NEW.updated_at := now()");
        assertThat(schema.triggers()).extracting(tr -> tr.name().name(), tr -> tr.eventTrigger())
                .containsExactly(tuple("t_touch", false),
                        tuple("no_ddl", true));
        assertThat(schema.triggers().get(0).events()).containsExactly("INSERT", "UPDATE");
        assertThat(schema.triggers().get(0).location().toString()).isEqualTo("s.sql:8:16");
    }

    @Test
    void rolesMembershipsGrantsAndPolicies() {
        Schema schema = read("""
                CREATE ROLE app_read NOLOGIN;
                CREATE USER alice IN ROLE app_read;
                CREATE TABLE t (tenant_id bigint);
                GRANT SELECT, UPDATE (tenant_id) ON TABLE t TO app_read, PUBLIC;
                REVOKE ALL ON t FROM PUBLIC;
                GRANT app_read TO bob;
                CREATE POLICY tenant_isolation ON t AS RESTRICTIVE FOR SELECT TO app_read USING (tenant_id = 1);
                """);

        assertThat(schema.roles()).extracting(r -> r.name(), r -> r.login()).containsExactly(
                tuple("app_read", false), tuple("alice", true));
        assertThat(schema.memberships()).extracting(m -> m.role() + ">" + m.member())
                .containsExactly("app_read>alice", "app_read>bob");
        assertThat(schema.grants()).singleElement().satisfies(g -> {
            assertThat(g.grantee()).isEqualTo("app_read");
            assertThat(g.object()).isEqualTo("public.t");
            assertThat(g.privileges()).containsExactly("SELECT", "UPDATE");
            assertThat(g.columns()).extracting(c -> c.name()).containsExactly("tenant_id");
        });
        assertThat(schema.policies().get(0).permissive()).isFalse();
        assertThat(schema.policies().get(0).using()).isEqualTo("tenant_id = 1");
    }

    @Test
    void unqualifiedNamesFollowTheSearchPath() {
        Schema schema = read("""
                SET search_path TO app, public;
                CREATE TABLE a (x int);
                SELECT pg_catalog.set_config('search_path', '', false);
                CREATE TABLE public.b (x int);
                CREATE TABLE "Mixed"."Case" (x int);
                """);

        assertThat(schema.tables()).extracting(t -> t.name().identity()).containsExactly("app.a", "public.b", "Mixed.Case");
    }

    @Test
    void elementsEmbeddedInCreateSchemaAreCreatedInThatSchema() {
        Schema schema = read("""
                CREATE SCHEMA person
                  CREATE TABLE business_entity (id serial, modified_date timestamp NOT NULL)
                  CREATE TABLE address (id int, entity_id int REFERENCES business_entity (id))
                  CREATE VIEW v_address AS SELECT id FROM address
                ;
                CREATE TABLE outside (x int);
                """);

        assertThat(schema.tables()).extracting(t -> t.name().identity())
                .containsExactly("person.business_entity", "person.address", "public.outside");
        assertThat(table(schema, "address").constraints().get(0).foreignKey().referencedTable().identity())
                .isEqualTo("person.business_entity");
        assertThat(table(schema, "address").location().toString()).isEqualTo("s.sql:3:16");
        assertThat(schema.views()).extracting(v -> v.name().identity()).containsExactly("person.v_address");
    }

    @Test
    void commentsAttachToTablesAndColumns() {
        Table t = table(read("""
                CREATE TABLE t (a int);
                COMMENT ON TABLE t IS '受注';
                COMMENT ON COLUMN public.t.a IS 'it''s a';
                """), "t");

        assertThat(t.comment()).isEqualTo("受注");
        assertThat(t.columns().get(0).comment()).isEqualTo("it's a");
    }

    @Test
    void sessionAndDataStatementsAreUnderstoodAndIgnored() {
        DdlReadResult result = new DdlReader().read(List.of(new SqlFile("s.sql", """
                SET statement_timeout = 0;
                BEGIN;
                INSERT INTO t VALUES (1);
                COPY t FROM stdin;
                1
                \\.
                VACUUM FULL t;
                ALTER FUNCTION f() OWNER TO app;
                CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int);
                CREATE TRUSTED PROCEDURAL LANGUAGE plfoo;
                COMMIT;
                """)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.statements()).isEqualTo(9);
    }

    @Test
    void aStatementThatCannotBeReadIsAProblemWithItsPositionAndReadingGoesOn() {
        DdlReadResult result = new DdlReader().read(List.of(new SqlFile("s.sql", """
                CREATE TABLE ok_before (x int);
                THIS IS NOT SQL;
                CREATE VIEW v_broken AS SELECT FROM WHERE;
                CREATE FROBNICATOR x;
                CREATE TABLE ok_after (x int);
                """)));

        assertThat(result.problems()).extracting(p -> p.location().toString(), ParseProblem::statementKind,
                ParseProblem::object).containsExactly(
                tuple("s.sql:2:1", "THIS", ""),
                tuple("s.sql:3:1", "CREATE VIEW", "public.v_broken"),
                tuple("s.sql:4:1", "CREATE FROBNICATOR", "public.x"));
        assertThat(result.problems().get(1).reason()).contains("line 3");
        assertThat(result.schema().tables()).extracting(t -> t.name().name().name()).containsExactly("ok_before", "ok_after");
        assertThat(result.statements()).isEqualTo(5);
    }

    @Test
    void pathologicalInputNeverEscapesAsAnException() {
        String orChain = "CREATE VIEW v_deep AS SELECT 1 FROM t WHERE "
                + String.join(" OR ", java.util.Collections.nCopies(4000, "a = 1")) + ";";
        DdlReadResult result = new DdlReader().read(List.of(
                new SqlFile("deep.sql", orChain),
                new SqlFile("unterminated.sql", "CREATE TABLE t (a text DEFAULT 'never closed"),
                new SqlFile("empty.sql", ""),
                new SqlFile("comments.sql", "-- nothing\n/* at all */")));

        assertThat(result.statements()).isEqualTo(2);
        assertThat(result.schema().views()).extracting(v -> v.name().identity()).containsExactly("public.v_deep");
    }

    @Test
    void aReadThatStopsEarlyLeavesNoThreadWaitingToHandOverStatements() throws InterruptedException {
        SqlFile longFile = new SqlFile("s.sql", "CREATE TABLE t_a (a_id bigint);\n".repeat(5_000));
        StatementObserver failing = (statement, kind, state) -> {
            throw new IllegalStateException("stopped");
        };

        assertThatThrownBy(() -> new DdlReader().read(List.of(longFile), new SchemaState(), failing))
                .hasMessage("stopped");

        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("pgdl-splitter")) {
                thread.join(10_000);
                assertThat(thread.isAlive()).as("splitter still waiting").isFalse();
            }
        }
    }

    private static Schema read(String sql) {
        DdlReadResult result = new DdlReader().read(List.of(new SqlFile("s.sql", sql)));
        assertThat(result.problems()).as("problems").isEmpty();
        return result.schema();
    }

    private static Table table(Schema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().name().name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no table " + name + " in " + schema.tables().stream()
                        .map(t -> t.name().identity()).toList()));
    }
}

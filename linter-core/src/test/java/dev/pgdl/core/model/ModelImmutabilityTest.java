package dev.pgdl.core.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelImmutabilityTest {

    private static final SourceLocation HERE = new SourceLocation("schema.sql", 1, 1);

    @Test
    void tableCopiesItsCollectionsSoCallersCannotChangeIt() {
        List<Column> columns = new ArrayList<>(List.of(column("id")));
        Map<String, String> storage = new LinkedHashMap<>(Map.of("fillfactor", "90"));
        Table table = new Table(QualifiedName.of("public", "t_order"), Persistence.PERMANENT, null, null, List.of(),
                columns, List.of(), storage, OnCommit.NONE, false, false, null, HERE);

        columns.add(column("added_later"));
        storage.put("autovacuum_enabled", "false");

        assertThat(table.columns()).extracting(c -> c.name().name()).containsExactly("id");
        assertThat(table.storageParameters()).containsOnlyKeys("fillfactor");
        assertThatThrownBy(() -> table.columns().add(column("x"))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.storageParameters().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void schemaListsAreUnmodifiable() {
        assertThatThrownBy(() -> Schema.EMPTY.tables().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> Schema.EMPTY.roles().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void withersReturnChangedCopiesAndLeaveTheOriginal() {
        Column original = column("id");

        Column renamed = original.withName(Identifier.of("order_id")).withNotNull(true);

        assertThat(original.name().name()).isEqualTo("id");
        assertThat(original.notNull()).isFalse();
        assertThat(renamed.name().name()).isEqualTo("order_id");
        assertThat(renamed.notNull()).isTrue();
    }

    @Test
    void identifiersFoldLikePostgres() {
        assertThat(Identifier.fromSql("Stock")).extracting(Identifier::name, Identifier::quoted)
                .containsExactly("stock", false);
        assertThat(Identifier.fromSql("\"Stock\"")).extracting(Identifier::name, Identifier::quoted)
                .containsExactly("Stock", true);
        assertThat(Identifier.fromSql("\"say \"\"hi\"\"\"").name()).isEqualTo("say \"hi\"");
        assertThat(Identifier.fromSql("ÄBC").name()).as("only ASCII letters fold").isEqualTo("Äbc");
        assertThat(Identifier.fromSql("\"Stock\"").sql()).isEqualTo("\"Stock\"");
        assertThat(Identifier.fromSql("\"stock\"")).as("the same object, quoted or not").isEqualTo(Identifier.fromSql("Stock"))
                .hasSameHashCodeAs(Identifier.fromSql("STOCK"));
    }

    @Test
    void dataTypePrintsModifiersAndArrays() {
        DataType numeric = new DataType("numeric", null, 12, 2, 0, TypeOrigin.BUILT_IN, "NUMERIC(12, 2)");
        DataType varcharArray = new DataType("character varying", 20, null, null, 1, TypeOrigin.BUILT_IN, "varchar(20)[]");

        assertThat(numeric.sql()).isEqualTo("numeric(12,2)");
        assertThat(varcharArray.sql()).isEqualTo("character varying(20)[]");
        assertThat(varcharArray.is("character varying")).as("an array is not its element type").isFalse();
        assertThat(new DataType("timestamp without time zone", null, 3, null, 0, TypeOrigin.BUILT_IN, "timestamp(3)").sql())
                .isEqualTo("timestamp(3) without time zone");
    }

    private static Column column(String name) {
        return new Column(Identifier.of(name), DataType.builtIn("bigint"), false, null, IdentityGeneration.NONE,
                null, null, null, HERE);
    }
}

package dev.pgdl.core.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Migration files come in the order their tool applies them, whatever a text sort says. */
class MigrationOrderTest {

    @Test
    void flywayVersionsCompareAsNumbersPartByPart() {
        MigrationOrder.Ordered order = MigrationOrder.order(List.of("V1_9__b.sql", "V010__e.sql", "V1_10__c.sql",
                "V9__d.sql", "V1__a.sql", "V1.11__c2.sql"), false);

        assertThat(order.style()).isEqualTo(MigrationOrder.Style.FLYWAY);
        assertThat(order.files()).containsExactly("V1__a.sql", "V1_9__b.sql", "V1_10__c.sql", "V1.11__c2.sql",
                "V9__d.sql", "V010__e.sql");
        assertThat(order.errors()).isEmpty();
    }

    @Test
    void repeatablesFollowVersionedOnesAndUndoFilesOnlyWhenAsked() {
        List<String> names = List.of("R__views.sql", "U2__undo_b.sql", "V2__b.sql", "v1__lower_case.SQL",
                "r__functions.sql", "U1__undo_a.sql");

        assertThat(MigrationOrder.order(names, false).files())
                .containsExactly("v1__lower_case.SQL", "V2__b.sql", "r__functions.sql", "R__views.sql");
        assertThat(MigrationOrder.order(names, false).ignored()).hasSize(2).allMatch(i -> i.contains("undo"));
        assertThat(MigrationOrder.order(names, true).files()).endsWith("U2__undo_b.sql", "U1__undo_a.sql");
    }

    @Test
    void aVersionUsedTwiceIsAnError() {
        MigrationOrder.Ordered order = MigrationOrder.order(List.of("V1__a.sql", "V1.0__b.sql", "V2__c.sql"), false);

        assertThat(order.errors()).singleElement().asString()
                .contains("V1.0__b.sql", "version 1 is also the version of V1__a.sql");
    }

    @Test
    void golangMigrateReadsUpFilesByNumberAndLeavesDownFilesOut() {
        MigrationOrder.Ordered order = MigrationOrder.order(List.of("0010_c.up.sql", "0002_b.up.sql", "0002_b.down.sql",
                "0001_a.up.sql"), false);

        assertThat(order.style()).isEqualTo(MigrationOrder.Style.GOLANG_MIGRATE);
        assertThat(order.files()).containsExactly("0001_a.up.sql", "0002_b.up.sql", "0010_c.up.sql");
        assertThat(order.ignored()).singleElement().asString().contains("0002_b.down.sql");
    }

    @Test
    void otherNamesSortNaturally() {
        MigrationOrder.Ordered order = MigrationOrder.order(List.of("00010-search.sql", "0002-schema.sql",
                "0001-initial.sql", "patches/10-x.sql", "patches/2-y.sql"), false);

        assertThat(order.style()).isEqualTo(MigrationOrder.Style.NATURAL);
        assertThat(order.files()).containsExactly("0001-initial.sql", "0002-schema.sql", "00010-search.sql",
                "patches/2-y.sql", "patches/10-x.sql");
    }
}

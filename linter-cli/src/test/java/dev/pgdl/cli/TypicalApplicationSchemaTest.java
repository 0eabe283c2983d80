package dev.pgdl.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A schema written the way applications usually write one (plural unprefixed tables, UUID v4
 * keys, TEXT, TIMESTAMP, enums, INHERITS, FK with CASCADE, SELECT * views, triggers, …): each
 * construct gets its finding on the right object, with the default rule set.
 */
class TypicalApplicationSchemaTest {

    private static final Path SCHEMA = Path.of("src", "test", "resources", "typical-application.sql");

    @Test
    void everyConstructGetsItsFindingOnTheRightObject() throws IOException {
        PgdlRun run = PgdlRun.of("check", "--format", "json", "--fail-on", "never", "--lang", "en", SCHEMA.toString());
        JsonNode report = new ObjectMapper().readTree(run.out());
        Set<String> findings = new TreeSet<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " " + f.get("object").asText()));

        assertThat(report.at("/summary/unparsed").asInt()).isZero();
        assertThat(findings).contains(
                "naming/singular-table-name public.users",
                "naming/table-prefix public.users",
                "types/uuid-version public.users.id",
                "types/banned-type public.users.email",
                "types/banned-type public.users.bio",
                "types/banned-type public.users.country",
                "types/banned-type public.users.score",
                "types/banned-type public.users.balance",
                "types/banned-type public.users.login_count",
                "types/no-zero-default public.users.login_count",
                "types/boolean-not-null public.users.verified",
                "tables/logical-delete public.users.deleted_flg",
                "types/array public.users.tags",
                "types/extension-type public.users.path",
                "types/json public.users.settings",
                "types/range-type public.users.active_during",
                "types/generated-column public.users.full_name",
                "tables/common-column-default public.users.created_at",
                "tables/common-columns public.users.created_at",
                "constraints/no-check public.users.users_score_check",
                "types/no-enum public.order_status",
                "types/no-domain public.positive_amount",
                "tables/no-inheritance public.orders",
                "types/prefer-identity public.orders.id",
                "constraints/no-foreign-key public.orders.orders_user_id_fkey",
                "constraints/foreign-key-cascade public.orders.orders_user_id_fkey",
                "indexes/no-expression public.orders_lower_status",
                "indexes/btree-only public.orders_hash",
                "indexes/no-partial public.orders_partial",
                "indexes/no-include public.orders_include",
                "indexes/max-columns public.orders_four",
                "indexes/duplicate public.orders_user",
                "indexes/no-json-index public.users_settings",
                "views/no-select-star public.all_users",
                "views/no-nested public.nested_users",
                "views/no-temp-view pg_temp.temp_users",
                "functions/no-table-access public.count_orders",
                "functions/no-trigger public.users.users_touch",
                "extensions/allowed uuid-ossp",
                "extensions/allowed ltree",
                "security/grant-via-role app_user",
                "security/role-as-user app_admin",
                "naming/table-prefix pg_temp.work_items",
                "tables/temp-on-commit pg_temp.work_items");
        assertThat(findings).as("one finding per problem: a common column's type is tables/common-columns' finding")
                .doesNotContain("types/banned-type public.users.created_at");
    }
}

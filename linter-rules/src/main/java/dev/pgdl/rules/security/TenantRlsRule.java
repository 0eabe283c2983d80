package dev.pgdl.rules.security;

import dev.pgdl.core.model.Policy;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.Set;
import java.util.stream.Collectors;

/** In the pool model (プールモデル), every table with the tenant column is isolated by row level security. */
public final class TenantRlsRule implements SchemaRule {

    public static final OptionSpec<String> TENANT_COLUMN = OptionSpec.of("tenant-column", OptionType.string(), "");

    public static final Message NOT_ENABLED = Message.of("not-enabled", "table", "column");
    public static final Message NO_POLICY = Message.of("no-policy", "table", "column");

    public static final RuleMeta META = RuleMeta.builder("security/tenant-rls")
            .severity(Severity.WARNING)
            .guideline("テナント分離設計")
            .options(TENANT_COLUMN)
            .messages(NOT_ENABLED, NO_POLICY)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Partitions are reached through their parent, whose policies apply; temporary tables are per session. */
    @Override
    public void check(Schema schema, RuleContext context) {
        String column = context.option(TENANT_COLUMN);
        if (column.isEmpty()) {
            return;
        }
        Set<QualifiedName> withPolicy = schema.policies().stream().map(Policy::table).collect(Collectors.toSet());
        for (Table table : schema.tables()) {
            if (!table.isPartition() && !table.isTemporary() && table.column(column).isPresent()) {
                String name = table.name().identity();
                if (!table.rowLevelSecurity()) {
                    context.report(table, NOT_ENABLED, name, column);
                } else if (!withPolicy.contains(table.name())) {
                    context.report(table, NO_POLICY, name, column);
                }
            }
        }
    }
}

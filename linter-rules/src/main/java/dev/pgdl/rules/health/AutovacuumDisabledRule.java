package dev.pgdl.rules.health;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Autovacuum stays on for every table: the guideline's VACUUM policy leaves vacuuming to it. Read
 * from the table's storage parameters, so a DDL file that switches it off is reported too.
 */
public final class AutovacuumDisabledRule implements SchemaRule {

    private static final List<String> PARAMETERS = List.of("autovacuum_enabled", "toast.autovacuum_enabled");
    private static final Set<String> FALSE = Set.of("false", "off", "no", "0", "f", "n");

    public static final Message DISABLED = Message.of("disabled", "table", "parameter");

    public static final RuleMeta META = RuleMeta.builder("health/autovacuum-disabled")
            .severity(Severity.WARNING)
            .guideline("VACUUM")
            .messages(DISABLED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            for (String parameter : PARAMETERS) {
                String value = table.storageParameters().get(parameter);
                if (value != null && FALSE.contains(value.strip().toLowerCase(Locale.ROOT))) {
                    context.report(table, DISABLED, table.name().identity(), parameter);
                }
            }
        }
    }
}

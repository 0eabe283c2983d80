package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.LogicalDeleteFlags;
import dev.pgdl.rules.support.Patterns;
import dev.pgdl.rules.support.Tables;

import java.util.List;

/** No logical-delete flag columns (論理削除): a business-meaningful column, or a physical delete plus archive. */
public final class LogicalDeleteRule implements SchemaRule {

    public static final OptionSpec<List<String>> PATTERNS = OptionSpec.of("patterns", OptionType.stringList(),
                    LogicalDeleteFlags.DEFAULT_PATTERNS)
            .requiring(Patterns::allCompile, "a list of valid regular expressions");

    public static final Message FLAG = Message.of("flag", "column", "table");

    public static final RuleMeta META = RuleMeta.builder("tables/logical-delete")
            .severity(Severity.WARNING)
            .guideline("論理削除")
            .options(PATTERNS)
            .messages(FLAG)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        LogicalDeleteFlags flags = LogicalDeleteFlags.of(context.option(PATTERNS));
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (flags.isFlag(column)) {
                context.report(column, FLAG, column.name().name(), table.name().identity());
            }
        });
    }
}

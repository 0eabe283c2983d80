package dev.pgdl.rules.types;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Tables;

import java.util.List;

/** Types from extensions (ltree, hstore, citext, …) need the architect's or DBA's approval (ltree). */
public final class ExtensionTypeRule implements SchemaRule {

    public static final OptionSpec<List<String>> ALLOW = OptionSpec.of("allow", OptionType.stringList(), List.of());

    public static final Message EXTENSION_TYPE = Message.of("extension-type", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/extension-type")
            .severity(Severity.WARNING)
            .guideline("ltree")
            .options(ALLOW)
            .messages(EXTENSION_TYPE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> allowed = context.option(ALLOW);
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            DataType type = column.type();
            if (type.origin() == TypeOrigin.EXTENSION && !allowed(allowed, type.name())) {
                context.report(column, EXTENSION_TYPE, column.name().name(), type.sql());
            }
        });
    }

    /** Listed as written in the column ({@code public.ltree}) or by its bare name ({@code ltree}). */
    private static boolean allowed(List<String> allowed, String typeName) {
        return allowed.contains(typeName) || allowed.contains(typeName.substring(typeName.lastIndexOf('.') + 1));
    }
}

package dev.pgdl.rules.types;

import dev.pgdl.core.model.EnumType;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.TypeOrigin;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Names;
import dev.pgdl.rules.support.Tables;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** ENUM types are not used, except those the DBA or architect approved (ENUM). */
public final class NoEnumRule implements SchemaRule {

    public static final OptionSpec<List<String>> ALLOW = OptionSpec.of("allow", OptionType.stringList(), List.of());

    public static final Message ENUM_TYPE = Message.of("enum-type", "type");
    public static final Message ENUM_COLUMN = Message.of("enum-column", "column", "type");

    public static final RuleMeta META = RuleMeta.builder("types/no-enum")
            .severity(Severity.ERROR)
            .guideline("ENUM")
            .options(ALLOW)
            .messages(ENUM_TYPE, ENUM_COLUMN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> allowed = context.option(ALLOW);
        for (EnumType type : schema.enumTypes()) {
            if (!Names.listed(allowed, type.name())) {
                context.report(type, ENUM_TYPE, type.name().identity());
            }
        }
        Map<String, QualifiedName> enumNames = schema.enumTypes().stream()
                .collect(Collectors.toMap(type -> type.name().identity(), EnumType::name, (a, b) -> a));
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().origin() == TypeOrigin.ENUM) {
                QualifiedName name = enumNames.get(column.type().name());
                if (name == null || !Names.listed(allowed, name)) {
                    context.report(column, ENUM_COLUMN, column.name().name(), column.type().sql());
                }
            }
        });
    }
}

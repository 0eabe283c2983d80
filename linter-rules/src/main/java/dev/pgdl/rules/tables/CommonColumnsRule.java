package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.CommonColumns;
import dev.pgdl.rules.support.ExpectedColumn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every table has the common columns (共通カラム) with the expected type and nullability. */
public final class CommonColumnsRule implements SchemaRule {

    public static final OptionSpec<List<ExpectedColumn>> COLUMNS = OptionSpec.of("columns",
            OptionType.recordList("column", List.of("name", "type", "nullable", "default"), List.of("name", "type"),
                    ExpectedColumn::read, ExpectedColumn::write),
            CommonColumns.DEFAULTS);

    public static final Message MISSING = Message.of("missing", "table", "columns");
    public static final Message WRONG_TYPE = Message.of("wrong-type", "column", "type", "expected");
    public static final Message MUST_BE_NOT_NULL = Message.of("must-be-not-null", "column");
    public static final Message MUST_BE_NULLABLE = Message.of("must-be-nullable", "column");
    public static final Message WRONG_DEFAULT = Message.of("wrong-default", "column", "default", "expected");

    public static final RuleMeta META = RuleMeta.builder("tables/common-columns")
            .severity(Severity.ERROR)
            .guideline("共通カラム")
            .options(COLUMNS)
            .messages(MISSING, WRONG_TYPE, MUST_BE_NOT_NULL, MUST_BE_NULLABLE, WRONG_DEFAULT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<ExpectedColumn> expected = context.option(COLUMNS);
        for (Table table : schema.tables()) {
            if (!table.isTemporary() && !table.isPartition()) {
                check(table, expected, context);
            }
        }
    }

    private static void check(Table table, List<ExpectedColumn> expected, RuleContext context) {
        List<String> missing = new ArrayList<>();
        for (ExpectedColumn column : expected) {
            Optional<Column> present = table.column(column.name());
            if (present.isPresent()) {
                check(present.get(), column, context);
            } else {
                missing.add(column.name());
            }
        }
        if (!missing.isEmpty()) {
            context.report(table, MISSING, table.name().identity(), String.join(", ", missing));
        }
    }

    private static void check(Column column, ExpectedColumn expected, RuleContext context) {
        String name = column.name().name();
        if (!expected.typeMatches(column)) {
            context.report(column, WRONG_TYPE, name, column.type().sql(), expected.type().replace("|", " or "));
        }
        if (!expected.nullabilityMatches(column)) {
            context.report(column, expected.nullable() ? MUST_BE_NULLABLE : MUST_BE_NOT_NULL, name);
        }
        if (!expected.defaultMatches(column)) {
            context.report(column, WRONG_DEFAULT, name, String.valueOf(column.defaultExpression()),
                    expected.defaultValue());
        }
    }
}

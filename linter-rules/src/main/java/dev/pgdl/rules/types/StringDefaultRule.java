package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.ColumnKind;
import dev.pgdl.rules.support.CommonColumns;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Tables;

import java.util.List;

/** varchar columns are NOT NULL with a constant default (文字列のデフォルト値, policy 2: 空文字のみに限定). */
public final class StringDefaultRule implements SchemaRule {

    /** The guideline's policies: 2 (empty string only) or 1 (do nothing). */
    public enum Policy {
        EMPTY_STRING,
        NONE
    }

    private static final String EMPTY_STRING = "''";

    public static final OptionSpec<Policy> POLICY =
            OptionSpec.of("policy", OptionType.oneOf(Policy.class), Policy.EMPTY_STRING);

    public static final Message NULLABLE = Message.of("nullable", "column", "empty");
    public static final Message NO_DEFAULT = Message.of("no-default", "column", "empty");
    public static final Message NOT_CONSTANT = Message.of("not-constant", "column", "default", "empty");

    public static final RuleMeta META = RuleMeta.builder("types/string-default")
            .severity(Severity.WARNING)
            .guideline("文字列のデフォルト値")
            .options(POLICY)
            .messages(NULLABLE, NO_DEFAULT, NOT_CONSTANT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        if (context.option(POLICY) == Policy.NONE) {
            return;
        }
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (column.type().is("character varying") && !column.isGenerated() && !CommonColumns.isCommon(column)
                    && !isPrimaryKey(table, column)) {
                check(column, context);
            }
        });
    }

    /** A 区分 column's NOT NULL is types/column-kind's finding; its default is still this rule's. */
    private static void check(Column column, RuleContext context) {
        String name = column.name().name();
        if (!column.notNull() && !ColumnKind.notNullByDefault(column)) {
            context.report(column, NULLABLE, name, EMPTY_STRING);
        } else if (!column.hasDefault()) {
            context.report(column, NO_DEFAULT, name, EMPTY_STRING);
        } else if (!Defaults.isStringLiteral(column.defaultExpression())) {
            context.report(column, NOT_CONSTANT, name, column.defaultExpression(), EMPTY_STRING);
        }
    }

    private static boolean isPrimaryKey(Table table, Column column) {
        List<Identifier> keyColumns = table.primaryKey().map(Constraint::columns).orElse(List.of());
        return keyColumns.contains(column.name());
    }
}

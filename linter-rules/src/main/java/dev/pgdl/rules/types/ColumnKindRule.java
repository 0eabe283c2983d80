package dev.pgdl.rules.types;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.ColumnKind;
import dev.pgdl.rules.support.CommonColumns;
import dev.pgdl.rules.support.Regexes;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.Uuids;

import java.util.List;
import java.util.Optional;

/**
 * A column's name promises its type (カラム名, データ型): {@code *_at} is timestamptz, {@code *_typ}
 * is varchar(n) NOT NULL, … This rule owns every column whose name and type disagree.
 */
public final class ColumnKindRule implements SchemaRule {

    public static final OptionSpec<List<ColumnKind>> CONVENTIONS = OptionSpec.of("conventions",
                    OptionType.recordList("convention", List.of("name", "type", "not-null"), List.of("name", "type"),
                            ColumnKind::read, ColumnKind::write),
                    ColumnKind.DEFAULTS)
            .requiring(kinds -> Regexes.allValid(kinds.stream().map(ColumnKind::name).toList()),
                    "a list whose names are valid regular expressions");

    public static final Message WRONG_TYPE = Message.of("wrong-type", "column", "type", "expected");
    public static final Message MUST_BE_NOT_NULL = Message.of("must-be-not-null", "column");

    public static final RuleMeta META = RuleMeta.builder("types/column-kind")
            .severity(Severity.WARNING)
            .guideline("カラム名")
            .options(CONVENTIONS)
            .messages(WRONG_TYPE, MUST_BE_NOT_NULL)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<ColumnKind> conventions = context.option(CONVENTIONS);
        Tables.forEachDeclaredColumn(schema, (table, column) -> {
            if (!CommonColumns.isCommon(column) && !Uuids.isUuidAsString(column)) {
                Optional<ColumnKind> kind = ColumnKind.naming(conventions, column);
                if (kind.isPresent()) {
                    check(column, kind.get(), context);
                }
            }
        });
    }

    private static void check(Column column, ColumnKind kind, RuleContext context) {
        String name = column.name().name();
        if (!kind.typeMatches(column)) {
            context.report(column, WRONG_TYPE, name, column.type().sql(), kind.type().replace("|", " or "));
        } else if (kind.notNull() && !column.notNull()) {
            context.report(column, MUST_BE_NOT_NULL, name);
        }
    }
}

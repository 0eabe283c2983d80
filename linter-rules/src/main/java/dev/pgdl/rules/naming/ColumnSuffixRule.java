package dev.pgdl.rules.naming;

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
import dev.pgdl.rules.support.LogicalDeleteFlags;
import dev.pgdl.rules.support.NameConvention;
import dev.pgdl.rules.support.Regexes;
import dev.pgdl.rules.support.Tables;

import java.util.List;
import java.util.Optional;

/**
 * A column's type shows in its name (カラム名): a date ends with _date, a timestamptz with _at, a
 * boolean starts with is_ or has_. A name that already claims a kind is types/column-kind's.
 */
public final class ColumnSuffixRule implements SchemaRule {

    public static final OptionSpec<List<NameConvention>> CONVENTIONS = OptionSpec.of("conventions",
                    OptionType.recordList("convention", List.of("type", "name"), List.of("type", "name"),
                            NameConvention::read, NameConvention::write),
                    List.of(new NameConvention("date", "_date$"),
                            new NameConvention("timestamptz", "_at$"),
                            new NameConvention("boolean", "^(is|has)_")))
            .requiring(conventions -> Regexes.allValid(conventions.stream().map(NameConvention::name).toList()),
                    "a list whose names are valid regular expressions");

    public static final Message WRONG_NAME = Message.of("wrong-name", "column", "type", "pattern");

    public static final RuleMeta META = RuleMeta.builder("naming/column-suffix")
            .severity(Severity.WARNING)
            .guideline("カラム名")
            .options(CONVENTIONS)
            .messages(WRONG_NAME)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<NameConvention> conventions = context.option(CONVENTIONS);
        LogicalDeleteFlags flags = LogicalDeleteFlags.byDefault();
        Tables.forEachDeclaredColumn(schema, (table, column) -> check(column, conventions, flags, context));
    }

    private static void check(Column column, List<NameConvention> conventions, LogicalDeleteFlags flags,
                              RuleContext context) {
        Optional<NameConvention> broken = NameConvention.brokenBy(column, conventions);
        if (broken.isPresent() && !CommonColumns.isCommon(column) && !flags.isFlag(column)
                && !claimsKind(column, conventions)) {
            context.report(column, WRONG_NAME, column.name().name(), column.type().sql(), broken.get().name());
        }
    }

    /** A name of a known kind ({@code ordered_at date}) disagrees with its type: types/column-kind reports it. */
    private static boolean claimsKind(Column column, List<NameConvention> conventions) {
        if (ColumnKind.namedByDefault(column)) {
            return true;
        }
        for (NameConvention convention : conventions) {
            if (convention.nameMatches(column)) {
                return true;
            }
        }
        return false;
    }
}

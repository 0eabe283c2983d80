package dev.pgdl.rules.tables;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/** Append-only tables set fillfactor = 100, the others fillfactor = 90 (fillfactor). */
public final class FillfactorRule implements SchemaRule {

    private static final String APPEND_ONLY_FILLFACTOR = "100";
    private static final String UPDATED_FILLFACTOR = "90";

    public static final OptionSpec<List<String>> APPEND_ONLY_KINDS = OptionSpec.of("append-only-kinds",
            OptionType.stringList(), List.of("work", "work-receive", "work-send", "history"));

    public static final Message NOT_SET = Message.of("not-set", "table", "expected");
    public static final Message WRONG_VALUE = Message.of("wrong-value", "table", "fillfactor", "expected");

    public static final RuleMeta META = RuleMeta.builder("tables/fillfactor")
            .severity(Severity.INFO)
            .guideline("fillfactor")
            .options(APPEND_ONLY_KINDS)
            .messages(NOT_SET, WRONG_VALUE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> appendOnlyKinds = context.option(APPEND_ONLY_KINDS);
        for (Table table : schema.tables()) {
            // A partitioned table stores nothing and takes no fillfactor; its partitions do.
            if (!table.isPartitioned() && !table.isTemporary()) {
                boolean appendOnly = context.tableKind(table).filter(appendOnlyKinds::contains).isPresent();
                check(table, appendOnly ? APPEND_ONLY_FILLFACTOR : UPDATED_FILLFACTOR, context);
            }
        }
    }

    private static void check(Table table, String expected, RuleContext context) {
        String fillfactor = table.storageParameters().get("fillfactor");
        if (fillfactor == null) {
            context.report(table, NOT_SET, table.name().identity(), expected);
        } else if (!fillfactor.strip().equals(expected)) {
            context.report(table, WRONG_VALUE, table.name().identity(), fillfactor, expected);
        }
    }
}

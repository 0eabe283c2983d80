package com.example.pgdl;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** The team's convention: free-text columns are called remarks, never note. */
public final class NoNoteColumnRule implements SchemaRule {

    static final Message NOTE = Message.of("note", "column");

    static final RuleMeta META = RuleMeta.builder("example/no-note-column")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(NOTE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                if (column.name().name().equals("note")) {
                    context.report(column, NOTE, column.name().name());
                }
            }
        }
    }
}

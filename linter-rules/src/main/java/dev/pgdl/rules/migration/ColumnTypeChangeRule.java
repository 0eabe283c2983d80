package dev.pgdl.rules.migration;

import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.AlterColumnType;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.Objects;

/** ALTER COLUMN TYPE on an existing table (not varchar widening): AccessExclusive, often a rewrite. */
public final class ColumnTypeChangeRule implements MigrationRule {

    public static final Message REWRITE = Message.of("rewrite", "column", "from", "to");
    public static final Message SCAN = Message.of("scan", "column", "from", "to");

    public static final RuleMeta META = RuleMeta.builder("migration/column-type-change")
            .severity(Severity.WARNING)
            .guideline("スキーマ変更の対応手順")
            .messages(REWRITE, SCAN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof AlterColumnType change && statement.targetExisted()) {
                DataType from = change.from();
                String fromText = from == null ? "?" : from.sql();
                if (from != null && widensVarchar(from, change.to())) {
                    continue;
                }
                if (from != null && raisesNumericPrecision(from, change.to())) {
                    context.report(Severity.INFO, statement, SCAN, statement.object(), fromText, change.to().sql());
                } else {
                    context.report(statement, REWRITE, statement.object(), fromText, change.to().sql());
                }
            }
        }
    }

    private static final String VARCHAR = "character varying";
    private static final String NUMERIC = "numeric";

    /** varchar(n) to varchar(m ≥ n), to varchar or to text: only the catalog changes. */
    private static boolean widensVarchar(DataType from, DataType to) {
        if (!from.is(VARCHAR) || to.isArray()) {
            return false;
        }
        if (to.is("text")) {
            return true;
        }
        return to.is(VARCHAR) && (to.length() == null || from.length() != null && to.length() >= from.length());
    }

    private static boolean raisesNumericPrecision(DataType from, DataType to) {
        return from.is(NUMERIC) && to.is(NUMERIC) && from.precision() != null
                && (to.precision() == null || to.precision() >= from.precision()
                && Objects.equals(from.scale(), to.scale()));
    }
}

package dev.pgdl.rules.constraints;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.PartitionKey;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Defaults;
import dev.pgdl.rules.support.Names;
import dev.pgdl.rules.support.Period;

import java.util.List;
import java.util.Optional;

/** Transaction and period tables have a surrogate primary key (ナチュラルキー／サロゲートキー). */
public final class SurrogateKeyRule implements SchemaRule {

    private static final String TRANSACTION_KIND = "transaction";

    public static final Message NOT_SURROGATE = Message.of("not-surrogate", "table", "columns");

    public static final RuleMeta META = RuleMeta.builder("constraints/surrogate-key")
            .severity(Severity.WARNING)
            .guideline("ナチュラルキー／サロゲートキー")
            .messages(NOT_SURROGATE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Table table : schema.tables()) {
            if (!table.isPartition() && needsSurrogateKey(table, context)) {
                // A missing primary key belongs to constraints/require-primary-key.
                table.primaryKey().filter(key -> !isSurrogate(table, key)).ifPresent(key ->
                        context.report(key, NOT_SURROGATE, table.name().identity(),
                                Names.sqlList(key.columns())));
            }
        }
    }

    private static boolean needsSurrogateKey(Table table, RuleContext context) {
        return context.tableKind(table).filter(TRANSACTION_KIND::equals).isPresent()
                || Period.DEFAULTS.stream().anyMatch(period -> period.of(table));
    }

    /** One generated or uuid column, plus the partition key columns PostgreSQL requires in the key. */
    private static boolean isSurrogate(Table table, Constraint primaryKey) {
        List<Identifier> partitionColumns = table.isPartitioned()
                ? table.partitioning().keys().stream().filter(PartitionKey::isColumn).map(PartitionKey::column).toList()
                : List.of();
        List<Identifier> own = primaryKey.columns().stream().filter(c -> !partitionColumns.contains(c)).toList();
        Optional<Column> column = own.size() == 1 ? table.column(own.get(0).name()) : Optional.empty();
        return column.filter(SurrogateKeyRule::isGenerated).isPresent();
    }

    /** Identity or sequence-fed (its type is for the types rules to judge), or a uuid. */
    private static boolean isGenerated(Column column) {
        return column.isIdentity() || Defaults.isNextval(column.defaultExpression()) || column.type().is("uuid");
    }
}

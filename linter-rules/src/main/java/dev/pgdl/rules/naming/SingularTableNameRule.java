package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.Inflection;

import java.util.List;
import java.util.Locale;

/** Table names are singular: テーブル名は複数形にしない ({@code t_orders} → {@code t_order}). */
public final class SingularTableNameRule implements SchemaRule {

    public static final OptionSpec<List<String>> ALLOW = OptionSpec.of("allow", OptionType.stringList(),
            List.of("status", "news", "series", "species", "data", "analysis", "basis", "axis", "bus", "gas",
                    "alias", "bonus", "campus", "census", "corpus", "focus", "radius", "virus", "canvas", "atlas",
                    "sales"));

    public static final Message PLURAL = Message.of("plural", "table", "word", "singular");

    public static final RuleMeta META = RuleMeta.builder("naming/singular-table-name")
            .severity(Severity.WARNING)
            .guideline("テーブル種別の識別子")
            .options(ALLOW)
            .messages(PLURAL)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> allowed = context.option(ALLOW);
        for (Table table : schema.tables()) {
            if (table.isPartition()) {
                continue;
            }
            String name = table.name().name().name();
            String word = lastWord(name);
            if (!allowed.contains(word)) {
                Inflection.singularOf(word).ifPresent(singular ->
                        context.report(table, PLURAL, name, word, singular));
            }
        }
    }

    /** The last {@code _}-separated word, after any table-kind prefix: {@code t_sale_details} → {@code details}. */
    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf('_') + 1).toLowerCase(Locale.ROOT);
    }
}

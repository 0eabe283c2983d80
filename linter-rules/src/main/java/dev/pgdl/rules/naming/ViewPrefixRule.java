package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** Views start with {@code v_}, materialized views with {@code mv_} (テーブル種別の識別子). */
public final class ViewPrefixRule implements SchemaRule {

    public static final OptionSpec<String> VIEW_PREFIX = OptionSpec.of("view-prefix", OptionType.string(), "v_")
            .requiring(prefix -> !prefix.isBlank(), "a non-empty prefix");
    public static final OptionSpec<String> MATERIALIZED_VIEW_PREFIX =
            OptionSpec.of("materialized-view-prefix", OptionType.string(), "mv_")
                    .requiring(prefix -> !prefix.isBlank(), "a non-empty prefix");

    public static final Message VIEW = Message.of("view", "view", "prefix");
    public static final Message MATERIALIZED_VIEW = Message.of("materialized-view", "view", "prefix");

    public static final RuleMeta META = RuleMeta.builder("naming/view-prefix")
            .severity(Severity.ERROR)
            .guideline("テーブル種別の識別子")
            .options(VIEW_PREFIX, MATERIALIZED_VIEW_PREFIX)
            .messages(VIEW, MATERIALIZED_VIEW)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (View view : schema.views()) {
            String name = view.name().name().name();
            String prefix = context.option(view.materialized() ? MATERIALIZED_VIEW_PREFIX : VIEW_PREFIX);
            if (!name.startsWith(prefix)) {
                context.report(view, view.materialized() ? MATERIALIZED_VIEW : VIEW, name, prefix);
            }
        }
    }
}

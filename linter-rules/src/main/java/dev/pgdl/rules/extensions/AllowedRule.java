package dev.pgdl.rules.extensions;

import dev.pgdl.core.model.Extension;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/** Only the extensions of the guideline's 拡張機能 table, plus those the design needs, are installed. */
public final class AllowedRule implements SchemaRule {

    public static final OptionSpec<List<String>> ALLOWED = OptionSpec.of("allowed", OptionType.stringList(),
            List.of("pg_stat_statements", "pg_hint_plan", "pgaudit", "aws_s3", "pg_bigm", "pgroonga", "plpgsql",
                    "btree_gist"));

    public static final Message NOT_ALLOWED = Message.of("not-allowed", "extension", "allowed");

    public static final RuleMeta META = RuleMeta.builder("extensions/allowed")
            .severity(Severity.WARNING)
            .guideline("拡張機能")
            .options(ALLOWED)
            .messages(NOT_ALLOWED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        List<String> allowed = context.option(ALLOWED);
        for (Extension extension : schema.extensions()) {
            if (!allowed.contains(extension.name())) {
                context.report(extension, NOT_ALLOWED, extension.name(), String.join(", ", allowed));
            }
        }
    }
}

package dev.pgdl.rules.functions;

import dev.pgdl.core.model.Function;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

/** A SECURITY DEFINER function sets its own search_path, so callers cannot plant objects it runs (beyond). */
public final class SecurityDefinerSearchPathRule implements SchemaRule {

    public static final Message NO_SEARCH_PATH = Message.of("no-search-path", "function");

    public static final RuleMeta META = RuleMeta.builder("functions/security-definer-search-path")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(NO_SEARCH_PATH)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Function function : schema.functions()) {
            if (function.securityDefiner() && !function.settings().containsKey("search_path")) {
                context.report(function, NO_SEARCH_PATH, function.name().identity());
            }
        }
    }
}

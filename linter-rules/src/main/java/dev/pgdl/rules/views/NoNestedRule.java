package dev.pgdl.rules.views;

import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.View;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/** A view or materialized view does not select from another view or materialized view (VIEW, MVIEW). */
public final class NoNestedRule implements SchemaRule {

    public static final Message NESTED = Message.of("nested", "view", "views");

    public static final RuleMeta META = RuleMeta.builder("views/no-nested")
            .severity(Severity.ERROR)
            .guideline("VIEW, MVIEW")
            .messages(NESTED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (View view : schema.views()) {
            List<String> nested = view.references().stream()
                    .filter(reference -> schema.view(reference).isPresent())
                    .map(QualifiedName::identity)
                    .toList();
            if (!nested.isEmpty()) {
                context.report(view, NESTED, view.name().identity(), String.join(", ", nested));
            }
        }
    }
}

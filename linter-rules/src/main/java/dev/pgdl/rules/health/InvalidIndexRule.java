package dev.pgdl.rules.health;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.DatabaseState.IndexUsage;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.Set;
import java.util.stream.Collectors;

/** No index is left invalid by a failed CREATE INDEX CONCURRENTLY (スキーマ変更の対応手順). */
public final class InvalidIndexRule implements CatalogRule {

    public static final Message INVALID = Message.of("invalid", "index");

    public static final RuleMeta META = RuleMeta.builder("health/invalid-index")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .messages(INVALID)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        Set<QualifiedName> invalid = database.indexUsage().stream().filter(usage -> !usage.valid())
                .map(IndexUsage::index).collect(Collectors.toSet());
        for (Index index : schema.indexes()) {
            if (invalid.contains(index.name())) {
                context.report(index, INVALID, index.name().identity());
            }
        }
    }
}

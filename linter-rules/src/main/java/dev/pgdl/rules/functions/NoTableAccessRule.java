package dev.pgdl.rules.functions;

import dev.pgdl.core.model.Function;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.RelationScanner;
import dev.pgdl.rules.support.RelationScanner.RelationRef;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A function body does not read or write tables (関数: テーブルを参照した関数の作成は禁止). */
public final class NoTableAccessRule implements SchemaRule {

    private static final Set<String> SCANNED_LANGUAGES = Set.of("sql", "plpgsql");

    public static final Message TABLE_ACCESS = Message.of("table-access", "function", "relations");

    public static final RuleMeta META = RuleMeta.builder("functions/no-table-access")
            .severity(Severity.ERROR)
            .guideline("関数")
            .messages(TABLE_ACCESS)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Function function : schema.functions()) {
            if (function.body() != null && SCANNED_LANGUAGES.contains(function.language())) {
                Set<String> relations = new LinkedHashSet<>();
                for (RelationRef reference : RelationScanner.relations(function.body())) {
                    Optional<QualifiedName> known = resolve(reference, function, schema);
                    if (known.isPresent()) {
                        relations.add(known.get().identity());
                    } else if (reference.certain()) {
                        relations.add(reference.written());
                    }
                }
                if (!relations.isEmpty()) {
                    context.report(function, TABLE_ACCESS, function.name().identity(), String.join(", ", relations));
                }
            }
        }
    }

    /** The table or view the name means, looked up in the function's schema, then {@code public}. */
    private static Optional<QualifiedName> resolve(RelationRef reference, Function function, Schema schema) {
        List<Identifier> schemas = reference.schema() != null ? List.of(reference.schema())
                : List.of(function.name().schema(), Identifier.of("public"));
        return schemas.stream()
                .map(namespace -> new QualifiedName(namespace, reference.name()))
                .filter(name -> schema.table(name).isPresent() || schema.view(name).isPresent())
                .findFirst();
    }
}

package dev.pgdl.rules.security;

import dev.pgdl.core.model.Grant;
import dev.pgdl.core.model.GrantTarget;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.Set;

/**
 * No privileges on tables, views, sequences or schemas for {@code PUBLIC}: every role, present and
 * future, would hold them, which defeats ロールベースアクセスコントロール (DBユーザー管理).
 */
public final class PublicGrantRule implements SchemaRule {

    public static final Message TO_PUBLIC = Message.of("to-public", "object", "privileges");

    public static final RuleMeta META = RuleMeta.builder("security/public-grant")
            .severity(Severity.WARNING)
            .guideline("beyond")
            .messages(TO_PUBLIC)
            .build();

    private static final Set<GrantTarget> RELATIONS_AND_SCHEMAS = Set.of(GrantTarget.TABLE, GrantTarget.SEQUENCE,
            GrantTarget.SCHEMA, GrantTarget.ALL_TABLES_IN_SCHEMA, GrantTarget.ALL_SEQUENCES_IN_SCHEMA);

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Grant grant : schema.grants()) {
            if (grant.isToPublic() && RELATIONS_AND_SCHEMAS.contains(grant.target())) {
                List<String> privileges = grant.privileges().stream().filter(p -> !isDefault(grant, p)).toList();
                if (!privileges.isEmpty()) {
                    context.report(grant, TO_PUBLIC, grant.object(), String.join(", ", privileges));
                }
            }
        }
    }

    /** USAGE on schema public is PostgreSQL's own default for PUBLIC, not a design decision. */
    private static boolean isDefault(Grant grant, String privilege) {
        return grant.target() == GrantTarget.SCHEMA && grant.object().equals("public") && privilege.equals("USAGE");
    }
}

package dev.pgdl.rules.security;

import dev.pgdl.core.model.Grant;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.List;

/** Object privileges go to NOLOGIN roles, never directly to login users (ロールベースアクセスコントロール). */
public final class GrantViaRoleRule implements SchemaRule {

    public static final Message DIRECT_GRANT = Message.of("direct-grant", "user", "privileges");

    public static final RuleMeta META = RuleMeta.builder("security/grant-via-role")
            .severity(Severity.ERROR)
            .guideline("DBユーザー管理")
            .messages(DIRECT_GRANT)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Role role : schema.roles()) {
            if (role.login()) {
                List<String> privileges = schema.grants().stream()
                        .filter(g -> g.grantee().equals(role.name()))
                        .map(GrantViaRoleRule::describe)
                        .toList();
                if (!privileges.isEmpty()) {
                    context.report(role, DIRECT_GRANT, role.name(), String.join("; ", privileges));
                }
            }
        }
    }

    /** {@code public.t_order (SELECT, UPDATE)}: no words, so the text reads in either language. */
    private static String describe(Grant grant) {
        return grant.object() + " (" + String.join(", ", grant.privileges()) + ")";
    }
}

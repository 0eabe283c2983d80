package dev.pgdl.rules.security;

import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.RoleMembership;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A role that other roles are members of has no LOGIN: ロールをユーザーとしての使用は禁止. */
public final class RoleAsUserRule implements SchemaRule {

    public static final Message LOGIN_ROLE = Message.of("login-role", "role", "members");

    public static final RuleMeta META = RuleMeta.builder("security/role-as-user")
            .severity(Severity.ERROR)
            .guideline("ロール設計")
            .messages(LOGIN_ROLE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        for (Role role : schema.roles()) {
            if (role.login()) {
                Set<String> members = schema.memberships().stream()
                        .filter(m -> m.role().equals(role.name()))
                        .map(RoleMembership::member)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!members.isEmpty()) {
                    context.report(role, LOGIN_ROLE, role.name(), String.join(", ", members));
                }
            }
        }
    }
}

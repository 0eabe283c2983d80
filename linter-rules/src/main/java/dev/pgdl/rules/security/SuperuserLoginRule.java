package dev.pgdl.rules.security;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * No login role but the bootstrap superuser holds SUPERUSER, CREATEROLE or BYPASSRLS (DBユーザー管理:
 * users get privileges through roles, and operators get the least they need).
 */
public final class SuperuserLoginRule implements CatalogRule {

    public static final Message PRIVILEGED_LOGIN = Message.of("privileged-login", "role", "attributes", "bootstrap");

    public static final RuleMeta META = RuleMeta.builder("security/superuser-login")
            .severity(Severity.WARNING)
            .guideline("DBユーザー管理")
            .messages(PRIVILEGED_LOGIN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        for (Role role : schema.roles()) {
            List<String> attributes = attributes(role);
            if (role.login() && !attributes.isEmpty() && !role.name().equals(database.bootstrapSuperuser())) {
                context.report(role, PRIVILEGED_LOGIN, role.name(), String.join(", ", attributes),
                        database.bootstrapSuperuser());
            }
        }
    }

    private static List<String> attributes(Role role) {
        List<String> attributes = new ArrayList<>();
        if (role.superuser()) {
            attributes.add("SUPERUSER");
        }
        if (role.createRole()) {
            attributes.add("CREATEROLE");
        }
        if (role.bypassRls()) {
            attributes.add("BYPASSRLS");
        }
        return attributes;
    }
}

package dev.pgdl.core.model;

import java.util.List;

/**
 * Privileges on one object granted to one grantee ({@code PUBLIC} for everyone).
 *
 * @param privileges upper case ({@code SELECT}, {@code ALL}, …)
 * @param object     the object name as written, schema-resolved for relations
 * @param columns    column privileges, else empty
 */
public record Grant(List<String> privileges, GrantTarget target, String object, List<Identifier> columns,
                    String grantee, boolean withGrantOption, SourceLocation location) implements ModelObject {

    public Grant {
        privileges = List.copyOf(privileges);
        columns = List.copyOf(columns);
    }

    public boolean isToPublic() {
        return "public".equalsIgnoreCase(grantee);
    }
}

package dev.pgdl.core.model;

import java.util.List;

/**
 * A row level security policy.
 *
 * @param command   {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param using     USING expression as SQL text, or null
 * @param withCheck WITH CHECK expression as SQL text, or null
 */
public record Policy(Identifier name, QualifiedName table, boolean permissive, String command, List<String> roles,
                     String using, String withCheck, SourceLocation location) implements ModelObject {

    public Policy {
        roles = List.copyOf(roles);
    }
}

package dev.pgdl.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A function or procedure.
 *
 * @param arguments  the argument list as written between the parentheses
 * @param returns    the RETURNS clause, or null for a procedure
 * @param language   the LANGUAGE, lower case ({@code sql}, {@code plpgsql})
 * @param body       the body text without its quotes, or null (C functions)
 * @param settings   SET clauses, such as {@code search_path}
 * @param volatility {@code immutable}, {@code stable} or {@code volatile}
 */
public record Function(QualifiedName name, String arguments, String returns, String language, String body,
                       boolean procedure, boolean securityDefiner, Map<String, String> settings, String volatility,
                       SourceLocation location) implements ModelObject {

    public Function {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }
}

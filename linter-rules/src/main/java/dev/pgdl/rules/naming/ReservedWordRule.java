package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NamedObjects;

import java.util.HashSet;
import java.util.Set;

/** No name is a reserved key word of the target PostgreSQL, which would force quoting it everywhere. */
public final class ReservedWordRule implements SchemaRule {

    /**
     * The key words the "SQL Key Words" appendix marks reserved for PostgreSQL 13 to 15, including
     * those marked "reserved (can be function or type)", which no table or column may be named.
     */
    private static final Set<String> RESERVED_13 = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "authorization", "binary", "both", "case", "cast", "check", "collate", "collation",
            "column", "concurrently", "constraint", "create", "cross", "current_catalog", "current_date",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "freeze", "from", "full", "grant", "group", "having", "ilike", "in", "initially", "inner", "intersect",
            "into", "is", "isnull", "join", "lateral", "leading", "left", "like", "limit", "localtime",
            "localtimestamp", "natural", "not", "notnull", "null", "offset", "on", "only", "or", "order", "outer",
            "overlaps", "placing", "primary", "references", "returning", "right", "select", "session_user",
            "similar", "some", "symmetric", "table", "tablesample", "then", "to", "trailing", "true", "union",
            "unique", "user", "using", "variadic", "verbose", "when", "where", "window", "with");

    /** PostgreSQL 16 reserved {@code SYSTEM_USER}; 17 reserved nothing new. */
    private static final Set<String> RESERVED_16 = union(RESERVED_13, Set.of("system_user"));

    private static final int FIRST_WITH_SYSTEM_USER = 16;

    public static final Message RESERVED = Message.of("reserved", "name", "version");

    public static final RuleMeta META = RuleMeta.builder("naming/reserved-word")
            .severity(Severity.ERROR)
            .guideline("beyond")
            .messages(RESERVED)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        int version = context.targetPostgres();
        Set<String> reserved = version >= FIRST_WITH_SYSTEM_USER ? RESERVED_16 : RESERVED_13;
        NamedObjects.forEach(schema, named -> {
            String name = named.name().name();
            if (reserved.contains(name)) {
                context.report(named.object(), RESERVED, name, String.valueOf(version));
            }
        });
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}

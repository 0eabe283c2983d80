package dev.pgdl.rules.security;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Role;
import dev.pgdl.core.model.RoleMembership;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Role membership chains stay shallow: ロールの継承は厳密にやりすぎない (ロール設計). */
public final class RoleNestingRule implements SchemaRule {

    public static final OptionSpec<Integer> MAX_DEPTH = OptionSpec.of("max-depth", OptionType.integer(), 2)
            .requiring(max -> max > 0, "a positive integer");

    public static final Message TOO_DEEP = Message.of("too-deep", "role", "depth", "chain", "max");

    public static final RuleMeta META = RuleMeta.builder("security/role-nesting")
            .severity(Severity.WARNING)
            .guideline("ロール設計")
            .options(MAX_DEPTH)
            .messages(TOO_DEEP)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** Reports each chain once, at the role it starts from: one that no other role is a member of. */
    @Override
    public void check(Schema schema, RuleContext context) {
        int max = context.option(MAX_DEPTH);
        Map<String, Set<String>> rolesOf = new TreeMap<>();
        for (RoleMembership membership : schema.memberships()) {
            rolesOf.computeIfAbsent(membership.member(), m -> new TreeSet<>()).add(membership.role());
        }
        Set<String> granted = new HashSet<>();
        rolesOf.values().forEach(granted::addAll);
        Map<String, List<String>> longest = new HashMap<>();
        for (String member : rolesOf.keySet()) {
            if (!granted.contains(member)) {
                List<String> chain = longestChain(member, rolesOf, longest, new HashSet<>());
                int depth = chain.size() - 1;
                if (depth > max) {
                    context.report(reported(schema, member), TOO_DEEP, member, depth, String.join(" -> ", chain), max);
                }
            }
        }
    }

    /** The longest chain of roles from {@code role} upward, itself first; a cycle ends the chain. */
    private static List<String> longestChain(String role, Map<String, Set<String>> rolesOf,
                                             Map<String, List<String>> longest, Set<String> onPath) {
        List<String> known = longest.get(role);
        if (known != null) {
            return known;
        }
        onPath.add(role);
        List<String> best = List.of();
        for (String parent : rolesOf.getOrDefault(role, Set.of())) {
            if (!onPath.contains(parent)) {
                List<String> above = longestChain(parent, rolesOf, longest, onPath);
                if (above.size() > best.size()) {
                    best = above;
                }
            }
        }
        onPath.remove(role);
        List<String> chain = new ArrayList<>(List.of(role));
        chain.addAll(best);
        longest.put(role, chain);
        return chain;
    }

    /** The role's CREATE statement where the design has one, else its first membership. */
    private static ModelObject reported(Schema schema, String member) {
        return schema.roles().stream().filter(r -> r.name().equals(member)).<ModelObject>map(Role.class::cast)
                .findFirst()
                .orElseGet(() -> schema.memberships().stream().filter(m -> m.member().equals(member)).findFirst()
                        .orElseThrow());
    }
}

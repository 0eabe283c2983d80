package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Rule;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Every rule on the class path, found by {@link ServiceLoader}, in id order. */
public final class RuleRegistry {

    private final Map<String, Rule> rulesById = new LinkedHashMap<>();

    private RuleRegistry(List<Rule> rules) {
        rules.stream().sorted(Comparator.comparing(r -> r.meta().id())).forEach(rule -> {
            Rule previous = rulesById.putIfAbsent(rule.meta().id(), rule);
            if (previous != null) {
                throw new IllegalStateException("two rules have the id " + rule.meta().id() + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        });
    }

    public static RuleRegistry load(ClassLoader classLoader) {
        return new RuleRegistry(ServiceLoader.load(Rule.class, classLoader).stream()
                .map(ServiceLoader.Provider::get).toList());
    }

    public static RuleRegistry of(List<Rule> rules) {
        return new RuleRegistry(rules);
    }

    public List<Rule> all() {
        return List.copyOf(rulesById.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    public List<String> ids() {
        return List.copyOf(rulesById.keySet());
    }
}

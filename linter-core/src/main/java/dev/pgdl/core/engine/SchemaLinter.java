package dev.pgdl.core.engine;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.SchemaRule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Runs schema rules over a schema, and catalog rules too when the schema comes from a live database. The engine, not the rule, applies severity, excludes and
 * positions; a rule that throws becomes a {@code pgdl/rule-failure} finding and the others go on.
 * A rule's findings are the same whatever runs beside it: each rule reports into a list of its own.
 */
public final class SchemaLinter {

    private final List<Rule> rules;
    private final LintConfig config;

    public SchemaLinter(List<Rule> rules, LintConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    /** Runs the enabled schema rules, in parallel (rules are stateless), and returns their findings in rule order. */
    public List<Finding> lint(Schema schema) {
        return lint(schema, Optional.empty());
    }

    /**
     * Runs the enabled schema rules and, with a live database's state, the enabled catalog rules.
     * Each core takes the next rule nobody has taken until none is left: a parallel stream splits
     * the rules into a few runs of neighbours up front, and the run holding the rules that walk
     * every column kept one core busy long after the other had finished.
     */
    public List<Finding> lint(Schema schema, Optional<DatabaseState> database) {
        ObjectIdentities identities = new ObjectIdentities(schema, database);
        List<List<Finding>> byRule = new ArrayList<>(Collections.nCopies(rules.size(), List.of()));
        AtomicInteger next = new AtomicInteger();
        IntStream.rangeClosed(0, ForkJoinPool.getCommonPoolParallelism()).parallel().forEach(core -> {
            for (int i = next.getAndIncrement(); i < rules.size(); i = next.getAndIncrement()) {
                byRule.set(i, check(rules.get(i), schema, database, identities));
            }
        });
        List<Finding> findings = new ArrayList<>(byRule.stream().mapToInt(List::size).sum());
        byRule.forEach(findings::addAll);
        return Collections.unmodifiableList(findings);
    }

    private List<Finding> check(Rule rule, Schema schema, Optional<DatabaseState> database,
                                ObjectIdentities identities) {
        RuleSettings settings = config.settings(rule.meta());
        List<Finding> findings = new ArrayList<>();
        if (!settings.isEnabled()) {
            return findings;
        }
        RuleContext context = new EngineContext(rule, settings, config, identities, findings);
        try {
            if (rule instanceof SchemaRule schemaRule) {
                schemaRule.check(schema, context);
            } else if (rule instanceof CatalogRule catalogRule && database.isPresent()) {
                catalogRule.check(schema, database.get(), context);
            }
        } catch (RuntimeException | StackOverflowError failure) {
            findings.add(Diagnostics.ruleFailure(rule.meta().id(), failure, config));
        }
        return findings;
    }
}

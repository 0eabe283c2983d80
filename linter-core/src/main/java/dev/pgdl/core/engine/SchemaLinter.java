package dev.pgdl.core.engine;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

    /** Runs the enabled schema rules and, with a live database's state, the enabled catalog rules. */
    public List<Finding> lint(Schema schema, Optional<DatabaseState> database) {
        ObjectIdentities identities = new ObjectIdentities(schema, database);
        return rules.parallelStream()
                .map(rule -> check(rule, schema, database, identities))
                .flatMap(List::stream)
                .toList();
    }

    private List<Finding> check(Rule rule, Schema schema, Optional<DatabaseState> database,
                                ObjectIdentities identities) {
        RuleSettings settings = config.settings(rule.meta());
        List<Finding> findings = new ArrayList<>();
        if (!settings.isEnabled()) {
            return findings;
        }
        Context context = new Context(rule, settings, identities, findings);
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

    private final class Context implements RuleContext {
        private final Rule rule;
        private final RuleSettings settings;
        private final ExcludePatterns exclude;
        private final ObjectIdentities identities;
        private final List<Finding> sink;

        Context(Rule rule, RuleSettings settings, ObjectIdentities identities, List<Finding> sink) {
            this.rule = rule;
            this.settings = settings;
            this.exclude = new ExcludePatterns(settings.exclude());
            this.identities = identities;
            this.sink = sink;
        }

        @Override
        public <T> T option(OptionSpec<T> spec) {
            if (!rule.meta().options().contains(spec)) {
                throw new IllegalArgumentException(rule.meta().id() + " asked for an option it does not declare: "
                        + spec.name());
            }
            return settings.option(spec);
        }

        @Override
        public int targetPostgres() {
            return config.targetPostgres();
        }

        @Override
        public Optional<String> tableKind(Table table) {
            QualifiedName named = table.isPartition() ? table.partitionOf().parent() : table.name();
            return config.tableKinds().kindOf(named.name().name());
        }

        @Override
        public Map<String, String> tableKinds() {
            return config.tableKinds().kindByPrefix();
        }

        /** Objects of tables follow the rule's only-kinds and except-kinds; other objects always apply. */
        private boolean appliesToKindOf(ModelObject object) {
            return identities.owner(object).map(table -> settings.appliesToKind(tableKind(table).orElse("")))
                    .orElse(true);
        }

        @Override
        public void report(ModelObject object, Message message, Object... arguments) {
            report(settings.severity(), object, message, arguments);
        }

        @Override
        public void report(Severity severity, ModelObject object, Message message, Object... arguments) {
            if (!rule.meta().messages().contains(message)) {
                throw new IllegalArgumentException(rule.meta().id() + " reported a message it does not declare: "
                        + message.name());
            }
            String identity = identities.of(object);
            if (exclude.matches(identity) || !appliesToKindOf(object)) {
                return;
            }
            SourceLocation location = object.location();
            Severity lesser = severity.isAtLeast(settings.severity()) ? settings.severity() : severity;
            sink.add(new Finding(rule.meta().id(), lesser, identity, location,
                    new LocalizedMessage(rule, message.key(rule.meta().id()), arguments)));
        }
    }
}

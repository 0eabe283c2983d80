package dev.pgdl.core.engine;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs migration rules over each file of a migration set, as {@link SchemaLinter} runs schema
 * rules: the engine applies severity, excludes and positions, and a rule that throws becomes a
 * {@code pgdl/rule-failure} finding.
 */
public final class MigrationLinter {

    private final List<Rule> rules;
    private final LintConfig config;

    public MigrationLinter(List<Rule> rules, LintConfig config) {
        this.rules = List.copyOf(rules);
        this.config = config;
    }

    /** The findings of the enabled migration rules, file by file, in rule order within a file. */
    public List<Finding> lint(List<Migration> migrations) {
        return migrations.parallelStream()
                .flatMap(migration -> rules.stream().map(rule -> check(rule, migration)))
                .flatMap(List::stream)
                .toList();
    }

    private List<Finding> check(Rule rule, Migration migration) {
        RuleSettings settings = config.settings(rule.meta());
        List<Finding> findings = new ArrayList<>();
        if (rule instanceof MigrationRule migrationRule && settings.isEnabled()) {
            try {
                migrationRule.check(migration, new EngineContext(rule, settings, config, new Statements(migration),
                        findings));
            } catch (RuntimeException | StackOverflowError failure) {
                findings.add(Diagnostics.ruleFailure(rule.meta().id(), failure, config));
            }
        }
        return findings;
    }

    /** A statement is named by the object it acts on and belongs to its target table, as the file found it. */
    private record Statements(Migration migration) implements ObjectLocator {

        @Override
        public String of(ModelObject object) {
            if (object instanceof MigrationStatement statement) {
                return statement.object();
            }
            throw new IllegalArgumentException("a migration rule reported something other than a statement of "
                    + migration.file() + ": " + object);
        }

        @Override
        public Optional<Table> owner(ModelObject object) {
            return object instanceof MigrationStatement statement && statement.target() != null
                    ? migration.before().table(statement.target()) : Optional.empty();
        }
    }
}

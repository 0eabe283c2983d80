package dev.pgdl.core.engine;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the engine gives one rule while it checks: its options, the target version and table kinds,
 * and a report that applies severity, excludes and table-kind filters, and positions findings.
 */
final class EngineContext implements RuleContext {
    private final Rule rule;
    private final RuleSettings settings;
    private final ExcludePatterns exclude;
    private final LintConfig config;
    private final ObjectLocator identities;
    private final List<Finding> sink;
    /** The bundle key of each message the rule declares: a rule reports thousands of findings with a few messages. */
    private final Map<Message, String> messageKeys = new HashMap<>();

    EngineContext(Rule rule, RuleSettings settings, LintConfig config, ObjectLocator identities, List<Finding> sink) {
        this.rule = rule;
        this.config = config;
        this.settings = settings;
        this.exclude = new ExcludePatterns(settings.exclude());
        this.identities = identities;
        this.sink = sink;
        rule.meta().messages().forEach(message -> messageKeys.put(message, message.key(rule.meta().id())));
    }

    @Override
    public <T> T option(OptionSpec<T> spec) {
        if (!declares(spec)) {
            throw new IllegalArgumentException(rule.meta().id() + " asked for an option it does not declare: "
                    + spec.name());
        }
        return settings.option(spec);
    }

    /**
     * By identity: a rule asks with the constant it declared, and the record's equals is linked
     * through method handles the first time it runs.
     */
    private boolean declares(OptionSpec<?> spec) {
        for (OptionSpec<?> declared : rule.meta().options()) {
            if (declared == spec) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int targetPostgres() {
        return config.targetPostgres();
    }

    @Override
    public Optional<String> tableKind(Table table) {
        return config.tableKinds().kindOf(table);
    }

    @Override
    public Map<String, String> tableKinds() {
        return config.tableKinds().kindByPrefix();
    }

    /** Objects of tables follow the rule's only-kinds and except-kinds; other objects always apply. */
    private boolean appliesToKindOf(ModelObject object) {
        return !settings.filtersKinds() || identities.owner(object)
                .map(table -> settings.appliesToKind(tableKind(table).orElse(""))).orElse(true);
    }

    @Override
    public void report(ModelObject object, Message message, Object... arguments) {
        report(settings.severity(), object, message, arguments);
    }

    @Override
    public void report(Severity severity, ModelObject object, Message message, Object... arguments) {
        String key = messageKeys.get(message);
        if (key == null) {
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
                new LocalizedMessage(rule, key, arguments)));
    }
}

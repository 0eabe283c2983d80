package dev.pgdl.core.spi;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Table;

import java.util.Map;
import java.util.Optional;

/** What a rule may ask and do while it checks: read its options, report findings. */
public interface RuleContext {

    /** The configured value of one of the rule's own options (its default when not configured). */
    <T> T option(OptionSpec<T> spec);

    /** The PostgreSQL major version the design targets, for version-dependent advice. */
    int targetPostgres();

    /**
     * The table's kind (テーブル種別) from the configured {@code table-kinds} prefixes:
     * {@code master}, {@code transaction}, {@code work}, {@code temporary}, … or a team's own;
     * empty when its name has no known prefix. A partition has its parent's kind.
     */
    Optional<String> tableKind(Table table);

    /** The configured table-kind prefixes, prefix to kind, in configuration order. */
    Map<String, String> tableKinds();

    /**
     * Reports a finding on a model object; the engine derives its identity and position. The
     * arguments fill the message's pattern in order; SQL goes in as an argument, never in the pattern.
     */
    void report(ModelObject object, Message message, Object... arguments);

    /**
     * Reports a finding that matters less than the rule's other findings ({@code float} within
     * {@code types/banned-type} is advice): its severity is {@code severity}, or the rule's
     * configured severity where that is lower.
     */
    void report(Severity severity, ModelObject object, Message message, Object... arguments);
}

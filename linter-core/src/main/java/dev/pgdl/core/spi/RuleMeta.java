package dev.pgdl.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything about a rule except its check, declared once in the rule class. Texts (summary,
 * option descriptions, messages) live in the bundle {@code messages} of the rule's package,
 * keyed by the rule id.
 *
 * @param id        {@code category/kebab-name}
 * @param guideline the guideline heading(s) the rule enforces, or {@code beyond}
 * @param since     the pgdl version that added the rule
 * @param defaultExclude object globs skipped unless the configuration says otherwise
 *                  ({@code flyway_schema_history})
 */
public record RuleMeta(String id, Severity defaultSeverity, String guideline, String since,
                       List<OptionSpec<?>> options, List<Message> messages, List<String> defaultExclude) {

    public RuleMeta {
        options = List.copyOf(options);
        messages = List.copyOf(messages);
        defaultExclude = List.copyOf(defaultExclude);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The part of the id before the slash: {@code types} for {@code types/banned-type}. */
    public String category() {
        int slash = id.indexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
    }

    /** The part of the id after the slash: {@code banned-type}. */
    public String shortName() {
        return id.substring(id.indexOf('/') + 1);
    }

    public Optional<OptionSpec<?>> option(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    public String summaryKey() {
        return id + ".summary";
    }

    /** Builds a {@link RuleMeta}; severity and guideline are required. */
    public static final class Builder {
        private final String id;
        private Severity severity;
        private String guideline;
        private String since = "0.1.0";
        private final List<OptionSpec<?>> options = new ArrayList<>();
        private final List<Message> messages = new ArrayList<>();
        private final List<String> exclude = new ArrayList<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder severity(Severity defaultSeverity) {
            this.severity = defaultSeverity;
            return this;
        }

        public Builder guideline(String heading) {
            this.guideline = heading;
            return this;
        }

        public Builder since(String version) {
            this.since = version;
            return this;
        }

        public Builder options(OptionSpec<?>... specs) {
            options.addAll(List.of(specs));
            return this;
        }

        public Builder messages(Message... declared) {
            messages.addAll(List.of(declared));
            return this;
        }

        public Builder exclude(String... globs) {
            exclude.addAll(List.of(globs));
            return this;
        }

        public RuleMeta build() {
            if (severity == null || guideline == null) {
                throw new IllegalStateException("rule " + id + " needs a severity and a guideline section");
            }
            return new RuleMeta(id, severity, guideline, since, options, messages, exclude);
        }
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Rule;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A finding's message kept as key and arguments, rendered in the language a report asks for. */
public final class LocalizedMessage {

    private final Rule rule;
    private final String key;
    private final Object[] arguments;

    LocalizedMessage(Rule rule, String key, Object... arguments) {
        this.rule = rule;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return List.copyOf(Arrays.stream(arguments).map(String::valueOf).toList());
    }

    public String render(Locale locale) {
        return RuleTexts.of(rule, locale).format(key, arguments);
    }

    @Override
    public String toString() {
        return render(Locale.ROOT);
    }
}

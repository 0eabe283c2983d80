package dev.pgdl.core.spi;

import java.util.List;

/**
 * A finding message of a rule. Its text lives in the rule's message bundle under
 * {@code <rule-id>.message.<name>}, as a {@link java.text.MessageFormat} pattern whose
 * arguments are named here, in order, for documentation and tests.
 */
public record Message(String name, List<String> arguments) {

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String name, String... arguments) {
        return new Message(name, List.of(arguments));
    }

    public String key(String ruleId) {
        return ruleId + ".message." + name;
    }

    /**
     * Written out because every check looks messages up by their value: a record's generated hashCode
     * links method handles on its first call, ~7 ms of a one-statement check.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Message message && message.name.equals(name) && message.arguments.equals(arguments);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + arguments.hashCode();
    }
}

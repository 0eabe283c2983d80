package dev.pgdl.core.spi;

import java.util.function.Predicate;

/**
 * A typed rule option, PMD style: name, type, default and constraint in one value. The
 * description lives in the rule's bundle under {@code <rule-id>.option.<name>}.
 *
 * @param name           kebab-case, as written in {@code pgdl.yml}
 * @param constraint     what a valid value satisfies (the default must too)
 * @param constraintText what the constraint demands, for error messages ("at least 1")
 */
public record OptionSpec<T>(String name, OptionType<T> type, T defaultValue, Predicate<T> constraint,
                            String constraintText) {

    public static <T> OptionSpec<T> of(String name, OptionType<T> type, T defaultValue) {
        return new OptionSpec<>(name, type, defaultValue, value -> true, "");
    }

    public OptionSpec<T> requiring(Predicate<T> newConstraint, String description) {
        return new OptionSpec<>(name, type, defaultValue, newConstraint, description);
    }

    /** Reads and checks a configured value, or throws {@link OptionException}. */
    public T read(Object data) {
        T value = type.read(data);
        if (!constraint.test(value)) {
            throw new OptionException("'" + name + "' must be " + constraintText);
        }
        return value;
    }

    public String key(String ruleId) {
        return ruleId + ".option." + name;
    }
}

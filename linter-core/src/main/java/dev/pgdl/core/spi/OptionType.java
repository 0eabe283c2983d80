package dev.pgdl.core.spi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type of a rule option: how a configuration value (plain YAML data: strings, numbers,
 * booleans, lists and maps) becomes a typed value, and back again for generated files.
 */
public interface OptionType<T> {

    /** A short name for documentation: {@code integer}, {@code list of strings}, … */
    String description();

    /** Converts configuration data, or throws {@link OptionException} saying what was expected. */
    T read(Object data);

    /** Converts a value back to plain YAML data. */
    Object write(T value);

    static OptionType<Integer> integer() {
        return simple("integer", data -> {
            if (data instanceof Integer i) {
                return i;
            }
            throw new OptionException("expected an integer, found " + describe(data));
        });
    }

    static OptionType<Boolean> bool() {
        return simple("boolean", data -> {
            if (data instanceof Boolean b) {
                return b;
            }
            throw new OptionException("expected true or false, found " + describe(data));
        });
    }

    static OptionType<String> string() {
        return simple("string", OptionType::asString);
    }

    static OptionType<List<String>> stringList() {
        return simple("list of strings", data -> asList(data).stream().map(OptionType::asString).toList());
    }

    static OptionType<Map<String, String>> stringMap() {
        return simple("map of strings", data -> {
            Map<String, String> result = new LinkedHashMap<>();
            asMap(data).forEach((key, value) -> result.put(key, asString(value)));
            return result;
        });
    }

    static <E extends Enum<E>> OptionType<E> oneOf(Class<E> values) {
        List<String> names = Arrays.stream(values.getEnumConstants()).map(OptionType::kebab).toList();
        return new OptionType<>() {
            @Override
            public String description() {
                return "one of " + String.join(", ", names);
            }

            @Override
            public E read(Object data) {
                String text = asString(data);
                for (E constant : values.getEnumConstants()) {
                    if (kebab(constant).equals(text)) {
                        return constant;
                    }
                }
                throw new OptionException("expected " + description() + ", found '" + text + "'");
            }

            @Override
            public Object write(E value) {
                return kebab(value);
            }
        };
    }

    /**
     * A list of small records, each written as a map with the given fields ({@code {type: money,
     * use: "numeric(p,s)"}}). Fields not in {@code required} may be absent (then null).
     */
    static <R> OptionType<List<R>> recordList(String itemName, List<String> fields, List<String> required,
                                              Function<Map<String, Object>, R> reader,
                                              Function<R, Map<String, Object>> writer) {
        return new OptionType<>() {
            @Override
            public String description() {
                return "list of " + itemName + " {" + String.join(", ", fields) + "}";
            }

            @Override
            public List<R> read(Object data) {
                List<R> items = new ArrayList<>();
                for (Object element : asList(data)) {
                    Map<String, Object> item = asMap(element);
                    for (String key : item.keySet()) {
                        if (!fields.contains(key)) {
                            throw new OptionException("unknown field '" + key + "' in " + itemName + "; expected "
                                    + String.join(", ", fields));
                        }
                    }
                    for (String field : required) {
                        if (item.get(field) == null) {
                            throw new OptionException(itemName + " needs the field '" + field + "'");
                        }
                    }
                    items.add(reader.apply(item));
                }
                return List.copyOf(items);
            }

            @Override
            public Object write(List<R> value) {
                return value.stream().map(writer).toList();
            }
        };
    }

    /**
     * An option that names a file by its path, relative to the configuration file that sets it.
     * The configuration reader reads the file (rules never do) and {@code parser} turns its text
     * into the value, throwing {@link OptionException} for a mistake in it; {@code none} is the
     * value when no file is named.
     */
    static <T> FileContent<T> fileContent(String description, Function<String, T> parser, T none) {
        return new FileContent<>(description, parser, none);
    }

    /** See {@link #fileContent}. Only the path is configuration; the default names no file. */
    record FileContent<T>(String description, Function<String, T> parser, T none) implements OptionType<T> {

        /** Without a file to read, only "no file" can be read. */
        @Override
        public T read(Object data) {
            if (data == null || asString(data).isBlank()) {
                return none;
            }
            throw new OptionException("the file '" + data + "' can only be read by the configuration reader");
        }

        @Override
        public Object write(T value) {
            return "";
        }

        public T parse(String content) {
            return parser.apply(content);
        }
    }

    private static <T> OptionType<T> simple(String description, Function<Object, T> reader) {
        return new OptionType<>() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public T read(Object data) {
                return reader.apply(data);
            }

            @Override
            public Object write(T value) {
                return value;
            }
        };
    }

    static String asString(Object data) {
        if (data instanceof String || data instanceof Number || data instanceof Boolean) {
            return data.toString();
        }
        throw new OptionException("expected a string, found " + describe(data));
    }

    static List<?> asList(Object data) {
        if (data instanceof List<?> list) {
            return list;
        }
        throw new OptionException("expected a list, found " + describe(data));
    }

    static Map<String, Object> asMap(Object data) {
        if (data instanceof Map<?, ?> map) {
            return map.entrySet().stream().collect(Collectors.toMap(e -> String.valueOf(e.getKey()),
                    e -> e.getValue() == null ? "" : e.getValue(), (a, b) -> b, LinkedHashMap::new));
        }
        throw new OptionException("expected a map, found " + describe(data));
    }

    private static String describe(Object data) {
        if (data == null) {
            return "nothing";
        }
        if (data instanceof List) {
            return "a list";
        }
        if (data instanceof Map) {
            return "a map";
        }
        return "'" + data + "'";
    }

    private static String kebab(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

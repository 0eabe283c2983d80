package dev.pgdl.core.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML value that remembers where it was written, so configuration errors can point at it. */
sealed interface YamlNode {

    Position position();

    /** The value as plain data (strings, numbers, booleans, lists, maps, null) for option binding. */
    Object toData();

    /** A 1-based line and column in a configuration file. */
    record Position(int line, int column) {
    }

    /** A scalar; {@code value} is a String, Integer, Long, BigInteger, Double, Boolean or null. */
    record Scalar(Object value, Position position) implements YamlNode {

        @Override
        public Object toData() {
            return value;
        }
    }

    record Sequence(List<YamlNode> items, Position position) implements YamlNode {

        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public Object toData() {
            return items.stream().map(YamlNode::toData).toList();
        }
    }

    record Mapping(List<Entry> entries, Position position) implements YamlNode {

        public Mapping {
            entries = List.copyOf(entries);
        }

        Optional<Entry> entry(String key) {
            return entries.stream().filter(e -> e.key().equals(key)).findFirst();
        }

        @Override
        public Object toData() {
            Map<String, Object> data = new LinkedHashMap<>();
            entries.forEach(e -> data.put(e.key(), e.value().toData()));
            return data;
        }
    }

    record Entry(String key, Position keyPosition, YamlNode value) {
    }
}

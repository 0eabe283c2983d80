package dev.pgdl.core.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s that keep the line and column
 * of every key and value. Only {@code true} and {@code false} are booleans (YAML 1.2): {@code off},
 * {@code no} and {@code yes} stay strings, so {@code rule: off} means the severity.
 */
final class YamlTreeReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {
    }

    /** The document's root node, or empty for an empty document. */
    static Optional<YamlNode> read(String file, String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            return first == null ? Optional.empty() : Optional.of(node(file, parser));
        } catch (JacksonException e) {
            throw new ConfigException(List.of(syntaxProblem(file, e)));
        } catch (IOException e) {
            throw new UncheckedIOException("reading YAML from a string", e);
        }
    }

    /** SnakeYAML's mark points at the mistake; Jackson's own location may lag a line behind. */
    private static ConfigProblem syntaxProblem(String file, JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
            return new ConfigProblem(file, marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1,
                    "not valid YAML: " + marked.getProblem() + context);
        }
        JsonLocation location = e.getLocation();
        String message = "not valid YAML: " + firstLine(e.getOriginalMessage());
        return location == null ? ConfigProblem.ofFile(file, message)
                : new ConfigProblem(file, location.getLineNr(), location.getColumnNr(), message);
    }

    private static YamlNode node(String file, JsonParser parser) throws IOException {
        YamlNode.Position position = position(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return mapping(file, parser, position);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(file, parser));
            }
            return new YamlNode.Sequence(items, position);
        }
        return new YamlNode.Scalar(scalar(parser, token), position);
    }

    private static YamlNode mapping(String file, JsonParser parser, YamlNode.Position position) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            String key = parser.currentName();
            YamlNode.Position keyPosition = position(parser);
            if (!seen.add(key)) {
                throw new ConfigException(List.of(new ConfigProblem(file, keyPosition.line(), keyPosition.column(),
                        "duplicate key '" + key + "'")));
            }
            parser.nextToken();
            entries.add(new YamlNode.Entry(key, keyPosition, node(file, parser)));
        }
        return new YamlNode.Mapping(entries, position);
    }

    private static Object scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE, VALUE_FALSE -> {
                String text = parser.getText();
                String lower = text.toLowerCase(Locale.ROOT);
                yield lower.equals("true") || lower.equals("false") ? Boolean.valueOf(lower) : text;
            }
            default -> parser.getText();
        };
    }

    private static YamlNode.Position position(JsonParser parser) {
        JsonLocation location = parser.currentTokenLocation();
        return new YamlNode.Position(location.getLineNr(), location.getColumnNr());
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text);
    }
}

package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.List;
import java.util.Set;

/** Which index elements index JSON: a {@code json}/{@code jsonb} column, or an expression over one. */
public final class JsonIndexes {

    private static final Set<String> JSON_TYPES = Set.of("json", "jsonb");

    private JsonIndexes() {
    }

    /** Whether any element of the index indexes JSON. */
    public static boolean indexesJson(Schema schema, Index index) {
        List<Column> jsonColumns = jsonColumns(schema, index);
        return index.elements().stream().anyMatch(element -> isJson(element, jsonColumns));
    }

    /** The expression elements of the index that do not index JSON. */
    public static List<IndexElement> nonJsonExpressions(Schema schema, Index index) {
        List<Column> jsonColumns = jsonColumns(schema, index);
        return index.elements().stream()
                .filter(element -> element.isExpression() && !isJson(element, jsonColumns))
                .toList();
    }

    private static List<Column> jsonColumns(Schema schema, Index index) {
        return schema.table(index.table()).map(Table::columns).orElse(List.of()).stream()
                .filter(column -> JSON_TYPES.contains(column.type().name()))
                .toList();
    }

    private static boolean isJson(IndexElement element, List<Column> jsonColumns) {
        if (!element.isExpression()) {
            return jsonColumns.stream().anyMatch(column -> column.name().equals(element.column()));
        }
        return jsonColumns.stream().anyMatch(column -> SqlText.mentions(element.expression(), column.name()));
    }
}

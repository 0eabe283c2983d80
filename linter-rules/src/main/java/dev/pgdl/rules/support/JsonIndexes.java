package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;

import java.util.ArrayList;
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
        for (IndexElement element : index.elements()) {
            if (isJson(element, jsonColumns)) {
                return true;
            }
        }
        return false;
    }

    /** The expression elements of the index that do not index JSON. */
    public static List<IndexElement> nonJsonExpressions(Schema schema, Index index) {
        List<Column> jsonColumns = jsonColumns(schema, index);
        List<IndexElement> expressions = new ArrayList<>();
        for (IndexElement element : index.elements()) {
            if (element.isExpression() && !isJson(element, jsonColumns)) {
                expressions.add(element);
            }
        }
        return expressions;
    }

    private static List<Column> jsonColumns(Schema schema, Index index) {
        List<Column> jsonColumns = new ArrayList<>();
        for (Column column : schema.table(index.table()).map(Table::columns).orElse(List.of())) {
            if (JSON_TYPES.contains(column.type().name())) {
                jsonColumns.add(column);
            }
        }
        return jsonColumns;
    }

    private static boolean isJson(IndexElement element, List<Column> jsonColumns) {
        for (Column column : jsonColumns) {
            if (element.isExpression() ? SqlText.mentions(element.expression(), column.name())
                    : column.name().equals(element.column())) {
                return true;
            }
        }
        return false;
    }
}

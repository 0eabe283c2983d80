package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.NullsOrder;
import dev.pgdl.core.model.QualifiedName;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.Index.ColumnParams;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applies CREATE INDEX, from JSqlParser's tree, to the schema state. */
final class IndexStatements {

    private final SchemaState state;

    IndexStatements(SchemaState state) {
        this.state = state;
    }

    void create(SqlStatement statement, CreateIndex tree) {
        QualifiedName table = state.resolveRelation(NameParts.of(tree.getTable()));
        net.sf.jsqlparser.statement.create.table.Index index = tree.getIndex();
        List<IndexElement> elements = new ArrayList<>();
        for (ColumnParams params : index.getColumns()) {
            elements.add(element(params));
        }
        String name = index.getName() != null ? Identifier.fromSql(index.getName()).name()
                : PostgresNames.objectName(table.name().name(), elements.stream()
                .map(e -> e.isExpression() ? "expr" : e.column().name()).toList(), "idx");
        Map<String, String> storage = new LinkedHashMap<>();
        if (tree.getStorageParameters() != null) {
            tree.getStorageParameters().forEach(option -> storage.put(option.getName().toLowerCase(Locale.ROOT),
                    String.valueOf(option.getValue())));
        }
        List<Identifier> include = tree.getIncludeColumns() == null ? List.of()
                : tree.getIncludeColumns().stream().map(Identifier::fromSql).toList();
        QualifiedName indexName = new QualifiedName(table.schema(), Identifier.of(name));
        state.indexes.put(indexName, new Index(indexName, table,
                index.getUsing() == null ? "btree" : index.getUsing().toLowerCase(Locale.ROOT),
                "UNIQUE".equalsIgnoreCase(index.getType()), elements, include,
                tree.getWhere() == null ? null : tree.getWhere().toString(),
                Boolean.FALSE.equals(tree.getNullsDistinct()), storage, tree.isOnly(), null,
                statement.at(nameToken(statement))));
    }

    private static IndexElement element(ColumnParams params) {
        boolean expression = params.isExpression() || params.getExpression() != null;
        Identifier column = expression ? null : Identifier.fromSql(params.getColumnName());
        String text = expression ? ColumnReader.stripParentheses(params.getExpression().toString()) : null;
        String sortOrder = String.valueOf(params.getSortOrder());
        String nulls = String.valueOf(params.getNullOrdering());
        return new IndexElement(column, text, params.getOperatorClass(), params.getCollation(),
                sortOrder.equalsIgnoreCase("DESC"),
                nulls.equalsIgnoreCase("FIRST") ? NullsOrder.FIRST : nulls.equalsIgnoreCase("LAST") ? NullsOrder.LAST
                        : NullsOrder.DEFAULT);
    }

    /** The index name token (after INDEX [CONCURRENTLY] [IF NOT EXISTS]), or the statement start when unnamed. */
    private static SqlToken nameToken(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        if (cursor.skipTo("INDEX")) {
            cursor.accept("INDEX");
            cursor.accept("CONCURRENTLY");
            cursor.accept("IF", "NOT", "EXISTS");
            if (!cursor.atEnd() && !cursor.peek().isWord("ON") && cursor.peek().isIdentifier()) {
                return cursor.peek();
            }
        }
        return statement.tokens().get(0);
    }
}

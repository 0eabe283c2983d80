package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedIndex;
import dev.pgdl.core.ddl.ParsedStatement.ParsedView;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IndexElement;
import dev.pgdl.core.model.NullsOrder;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.create.table.Index.ColumnParams;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.create.view.TemporaryOption;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads the parts of JSqlParser's trees that the model needs. */
final class SyntaxTrees {

    private SyntaxTrees() {
    }

    /** The statement's content, or empty when the tree is not of a kind pgdl reads from trees. */
    static Optional<ParsedStatement> extract(Statement tree) {
        if (tree instanceof CreateIndex index) {
            return Optional.of(index(index));
        }
        if (tree instanceof CreateView view) {
            return Optional.of(view(view));
        }
        return Optional.empty();
    }

    private static ParsedIndex index(CreateIndex tree) {
        Index index = tree.getIndex();
        Map<String, String> storage = new LinkedHashMap<>();
        if (tree.getStorageParameters() != null) {
            tree.getStorageParameters().forEach(option -> storage.put(option.getName().toLowerCase(Locale.ROOT),
                    String.valueOf(option.getValue())));
        }
        return new ParsedIndex(NameParts.of(tree.getTable()),
                index.getName() == null ? null : Identifier.fromSql(index.getName()).name(),
                index.getUsing() == null ? "btree" : index.getUsing().toLowerCase(Locale.ROOT),
                "UNIQUE".equalsIgnoreCase(index.getType()),
                index.getColumns().stream().map(SyntaxTrees::element).toList(),
                tree.getIncludeColumns() == null ? List.of()
                        : tree.getIncludeColumns().stream().map(Identifier::fromSql).toList(),
                tree.getWhere() == null ? null : tree.getWhere().toString(),
                Boolean.FALSE.equals(tree.getNullsDistinct()), storage, tree.isOnly());
    }

    private static IndexElement element(ColumnParams params) {
        boolean expression = params.isExpression() || params.getExpression() != null;
        String nulls = String.valueOf(params.getNullOrdering());
        return new IndexElement(expression ? null : Identifier.fromSql(params.getColumnName()),
                expression ? ColumnReader.stripParentheses(params.getExpression().toString()) : null,
                params.getOperatorClass(), params.getCollation(),
                String.valueOf(params.getSortOrder()).equalsIgnoreCase("DESC"),
                nulls.equalsIgnoreCase("FIRST") ? NullsOrder.FIRST
                        : nulls.equalsIgnoreCase("LAST") ? NullsOrder.LAST : NullsOrder.DEFAULT);
    }

    private static ParsedView view(CreateView tree) {
        Select select = tree.getSelect();
        List<List<Identifier>> references = new TablesNamesFinder<Void>().getTables((Statement) select).stream()
                .map(NameParts::of).toList();
        return new ParsedView(NameParts.of(tree.getView()), tree.isMaterialized(),
                tree.getTemporary() != null && tree.getTemporary() != TemporaryOption.NONE, select.toString(),
                references, selectsStar(select));
    }

    /** Whether the select list that defines the view's columns has {@code *} or {@code alias.*}. */
    private static boolean selectsStar(Select select) {
        if (select instanceof PlainSelect plain) {
            return plain.getSelectItems().stream().anyMatch(item -> item.getExpression() instanceof AllColumns);
        }
        if (select instanceof SetOperationList union) {
            return union.getSelects().stream().anyMatch(SyntaxTrees::selectsStar);
        }
        if (select instanceof ParenthesedSelect parenthesed) {
            return selectsStar(parenthesed.getSelect());
        }
        return false;
    }
}

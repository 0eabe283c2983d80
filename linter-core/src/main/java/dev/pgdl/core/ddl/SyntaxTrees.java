package dev.pgdl.core.ddl;

import dev.pgdl.core.ddl.ParsedStatement.ParsedView;
import dev.pgdl.core.model.Identifier;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.create.view.TemporaryOption;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.List;
import java.util.Optional;

/** Reads the parts of JSqlParser's view trees that the model needs. */
final class SyntaxTrees {

    private SyntaxTrees() {
    }

    /** The statement's content, or empty when the tree is not of a kind pgdl reads from trees. */
    static Optional<ParsedStatement> extract(Statement tree) {
        if (tree instanceof CreateView view) {
            return Optional.of(view(view));
        }
        return Optional.empty();
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

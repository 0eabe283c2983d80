package dev.pgdl.core.ddl;

import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.View;
import net.sf.jsqlparser.statement.create.view.CreateView;
import net.sf.jsqlparser.statement.create.view.TemporaryOption;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Applies CREATE [MATERIALIZED] VIEW, from JSqlParser's tree, to the schema state. */
final class ViewStatements {

    private final SchemaState state;

    ViewStatements(SchemaState state) {
        this.state = state;
    }

    void create(SqlStatement statement, CreateView tree) {
        boolean temporary = tree.getTemporary() != null && tree.getTemporary() != TemporaryOption.NONE;
        QualifiedName name = state.qualify(NameParts.of(tree.getView()));
        Set<QualifiedName> references = new LinkedHashSet<>();
        for (String table : new TablesNamesFinder<Void>().getTables((net.sf.jsqlparser.statement.Statement) tree.getSelect())) {
            references.add(state.resolveRelation(NameParts.of(table)));
        }
        state.views.put(name, new View(name, tree.isMaterialized(), temporary, tree.getSelect().toString(),
                List.copyOf(references), selectsStar(tree.getSelect()), null, statement.at(nameToken(statement))));
    }

    /** Whether the select list that defines the view's columns has {@code *} or {@code alias.*}. */
    static boolean selectsStar(Select select) {
        if (select instanceof PlainSelect plain) {
            return plain.getSelectItems().stream().anyMatch(item -> item.getExpression() instanceof AllColumns);
        }
        if (select instanceof SetOperationList union) {
            return union.getSelects().stream().anyMatch(ViewStatements::selectsStar);
        }
        if (select instanceof ParenthesedSelect parenthesed) {
            return selectsStar(parenthesed.getSelect());
        }
        return false;
    }

    private static SqlToken nameToken(SqlStatement statement) {
        TokenCursor cursor = new TokenCursor(statement);
        cursor.skipTo("VIEW");
        cursor.accept("VIEW");
        cursor.accept("IF", "NOT", "EXISTS");
        return cursor.atEnd() ? statement.tokens().get(0) : cursor.peek();
    }
}

package dev.pgdl.core.ddl;

import dev.pgdl.core.model.Identifier;
import net.sf.jsqlparser.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** A JSqlParser table reference as folded name parts. */
final class NameParts {

    private NameParts() {
    }

    static List<Identifier> of(Table table) {
        List<Identifier> parts = new ArrayList<>();
        if (table.getSchemaName() != null) {
            parts.add(Identifier.fromSql(table.getSchemaName()));
        }
        parts.add(Identifier.fromSql(table.getName()));
        return parts;
    }

    static List<Identifier> of(String dotted) {
        List<Identifier> parts = new ArrayList<>();
        for (String part : dotted.split("\\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            parts.add(Identifier.fromSql(part));
        }
        return parts;
    }
}

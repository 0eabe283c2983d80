package dev.pgdl.rules.support;

import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.QualifiedName;

import java.util.List;
import java.util.stream.Collectors;

/** Name matching for options that list objects by name. */
public final class Names {

    private Names() {
    }

    /** Whether {@code names} lists {@code name} as {@code schema.name} or as the bare name. */
    public static boolean listed(List<String> names, QualifiedName name) {
        return names.contains(name.identity()) || names.contains(name.name().name());
    }

    /** Names as SQL, quoted where needed, separated by commas: {@code "Item_Cd", color_cd}. */
    public static String sqlList(List<Identifier> names) {
        return names.stream().map(Identifier::sql).collect(Collectors.joining(", "));
    }
}

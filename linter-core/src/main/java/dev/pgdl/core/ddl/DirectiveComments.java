package dev.pgdl.core.ddl;

import dev.pgdl.core.engine.SourceComment;

import java.util.List;

/** The pgdl directive comments of SQL files ({@code -- pgdl:ignore …}), found by the statement splitter. */
public final class DirectiveComments {

    private DirectiveComments() {
    }

    /** Only files that mention {@code pgdl:} are split again, so files without directives cost a text search. */
    public static List<SourceComment> of(List<SqlFile> files) {
        return files.stream()
                .filter(file -> file.content().contains("pgdl:"))
                .flatMap(file -> SqlSplitter.directiveComments(file.path(), file.content()).stream())
                .toList();
    }
}

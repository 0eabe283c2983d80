package dev.pgdl.core.ddl;

import dev.pgdl.core.model.SourceLocation;

import java.util.List;

/**
 * One statement of a SQL file as psql would send it to the server: its text without the final
 * semicolon, and where it starts. psql meta-commands and {@code COPY … FROM stdin} data are not
 * statements.
 */
public record ScriptStatement(String text, SourceLocation location) {

    /** The statements of {@code file}, in order. */
    public static List<ScriptStatement> of(SqlFile file) {
        return SqlSplitter.split(file.path(), file.content()).stream()
                .map(statement -> new ScriptStatement(statement.text(), statement.location()))
                .toList();
    }

    /** Where the character at {@code offset} (0-based, within {@link #text()}) is in the file. */
    public SourceLocation at(int offset) {
        int line = location.line();
        int column = location.column();
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new SourceLocation(location.file(), line, column);
    }
}

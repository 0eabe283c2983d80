package dev.pgdl.core.api;

import dev.pgdl.core.config.FileExcludes;
import dev.pgdl.core.ddl.SqlFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void directoriesGiveTheirSqlFilesRecursivelyInSortedOrderEachOnce() throws IOException {
        write("db/V2__b.sql", "b");
        write("db/V1__a.SQL", "a");
        write("db/sub/c.sql", "c");
        write("db/readme.md", "no");

        InputFiles.Inputs inputs = read(List.of(Path.of("db"), Path.of("db/sub/c.sql")));

        assertThat(inputs.files()).extracting(SqlFile::path)
                .containsExactly("db/V1__a.SQL", "db/V2__b.sql", "db/sub/c.sql");
        assertThat(inputs.files()).extracting(SqlFile::content).containsExactly("a", "b", "c");
        assertThat(inputs.errors()).isEmpty();
    }

    @Test
    void directoriesGivePostgresVariantsOfScriptsButNotThoseOfOtherEngines() throws IOException {
        write("delta/01_a.sql", "a");
        write("delta/02_b.sql.postgres", "b");
        write("delta/02_b.sql.sqlite", "b for SQLite");
        write("delta/03_c.SQL.Postgres", "c");

        assertThat(read(List.of(Path.of("delta"))).files()).extracting(SqlFile::path)
                .containsExactly("delta/01_a.sql", "delta/02_b.sql.postgres", "delta/03_c.SQL.Postgres");
    }

    @Test
    void excludedFilesAreLeftOutOfDirectoriesAndNamedButAFileNamedExplicitlyIsRead() throws IOException {
        write("patches/016-a.sql", "a");
        write("patches/016-a.down.sql", "down");
        write("patches/audit/017-b.sql", "b");
        FileExcludes excludes = FileExcludes.of(List.of("*.down.sql", "audit"));

        InputFiles.Inputs inputs = InputFiles.read(List.of(Path.of("patches"), Path.of("patches/audit/017-b.sql")),
                dir, excludes);

        assertThat(inputs.files()).extracting(SqlFile::path)
                .containsExactly("patches/016-a.sql", "patches/audit/017-b.sql");
        assertThat(inputs.excluded()).containsExactly("patches/016-a.down.sql (excluded: *.down.sql)",
                "patches/audit/017-b.sql (excluded: audit)");
    }

    @Test
    void aFileNamedExplicitlyIsReadWhateverItsExtension() throws IOException {
        write("schema.ddl", "CREATE TABLE t (id int);");

        assertThat(read(List.of(Path.of("schema.ddl"))).files()).extracting(SqlFile::path)
                .containsExactly("schema.ddl");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        write("bom.sql", "\uFEFFSELECT 1;");

        assertThat(read(List.of(Path.of("bom.sql"))).files().get(0).content()).isEqualTo("SELECT 1;");
    }

    @Test
    void utf8TextIsReadAsWritten() throws IOException {
        write("ja.sql", "COMMENT ON TABLE t IS '\u53d7\u6ce8';");

        assertThat(read(List.of(Path.of("ja.sql"))).files().get(0).content()).isEqualTo("COMMENT ON TABLE t IS '\u53d7\u6ce8';");
    }

    @Test
    void unreadableInputsAreErrorLinesAndTheRestIsRead() throws IOException {
        write("ok.sql", "SELECT 1;");
        Files.write(dir.resolve("binary.sql"), new byte[] {'S', 0});
        Files.write(dir.resolve("latin1.sql"), "SELECT 1;\n\n-- caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

        InputFiles.Inputs inputs = read(List.of(Path.of("."), Path.of("missing")));

        assertThat(inputs.files()).extracting(SqlFile::path).containsExactly("ok.sql");
        assertThat(inputs.errors()).containsExactlyInAnyOrder(
                "missing: error: no such file or directory",
                "binary.sql: error: binary file (contains a NUL byte)",
                "latin1.sql: error: not UTF-8 text (invalid byte at line 3) and no SET client_encoding says what it is");
    }

    @Test
    void aFileThatDeclaresItsClientEncodingIsReadInIt() throws IOException {
        Files.write(dir.resolve("latin1.sql"), "SET client_encoding = 'LATIN1';\nCOMMENT ON TABLE t IS 'Cura\u00e7ao';"
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("sjis.sql"), "\\encoding SJIS\nCOMMENT ON TABLE t IS '\u53d7\u6ce8';"
                .getBytes(Charset.forName("Shift_JIS")));

        InputFiles.Inputs inputs = read(List.of(Path.of(".")));

        assertThat(inputs.errors()).isEmpty();
        assertThat(inputs.files()).extracting(SqlFile::content).anySatisfy(text -> assertThat(text).contains("Cura\u00e7ao"))
                .anySatisfy(text -> assertThat(text).contains("\u53d7\u6ce8"));
    }

    private InputFiles.Inputs read(List<Path> paths) {
        return InputFiles.read(paths, dir, FileExcludes.NONE);
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

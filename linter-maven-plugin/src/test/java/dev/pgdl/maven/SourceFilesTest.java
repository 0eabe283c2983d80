package dev.pgdl.maven;

import dev.pgdl.core.config.FileExcludes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SourceFilesTest {

    @TempDir
    Path project;

    private Path sources;

    @Test
    void everySqlFileBelowTheSourcesByDefaultInSortedOrderRelativeToTheProject() throws IOException {
        sources = project.resolve("src/main/resources/db/migration");
        write("V2__b.sql", "V1__a.sql", "notes.txt", "archive/V0__old.sql");

        assertThat(SourceFiles.select(sources, List.of(), List.of()).relativeTo(project)).containsExactly(
                Path.of("src/main/resources/db/migration/V1__a.sql"), Path.of("src/main/resources/db/migration/V2__b.sql"),
                Path.of("src/main/resources/db/migration/archive/V0__old.sql"));
    }

    @Test
    void includesAndExcludesAreAntPatternsBelowTheSources() throws IOException {
        sources = project.resolve("db");
        write("V1__a.sql", "V2__b.sql", "archive/V0__old.sql", "R__views.sql");

        assertThat(SourceFiles.select(sources, List.of("V*.sql", "archive/**"), List.of("**/V0__*")).relativeTo(project))
                .containsExactly(Path.of("db/V1__a.sql"), Path.of("db/V2__b.sql"));
    }

    @Test
    void synapsesPostgresOnlyDeltasAreSqlFilesByDefault() throws IOException {
        sources = project.resolve("db");
        write("V1__a.sql", "V2__b.sql.postgres", "V2__b.sql.sqlite");

        assertThat(SourceFiles.select(sources, List.of(), List.of()).relativeTo(project))
                .containsExactly(Path.of("db/V1__a.sql"), Path.of("db/V2__b.sql.postgres"));
    }

    @Test
    void whatThePatternsLeaveOutIsExcludedExactlyFromAMigrationSetReadAsAWhole() throws IOException {
        sources = project.resolve("db");
        write("V1__a.sql", "V2__b.sql", "legacy/V0__old.sql", "legacy/V0_1__[draft].sql", "R__views.sql", "notes.txt");

        List<String> globs = SourceFiles.select(sources, List.of("V*.sql", "legacy/**"), List.of("legacy/V0__*"))
                .leftOutAsExcludeGlobs();

        FileExcludes leftOut = FileExcludes.of(globs);
        assertThat(Stream.of("V1__a.sql", "V2__b.sql", "legacy/V0_1__[draft].sql").map(Path::of).map(leftOut::matching))
                .allMatch(Optional::isEmpty);
        assertThat(Stream.of("legacy/V0__old.sql", "R__views.sql").map(Path::of).map(leftOut::matching))
                .allMatch(Optional::isPresent);
        assertThat(FileExcludes.problems(globs)).isEmpty();
    }

    private void write(String... files) throws IOException {
        for (String file : files) {
            Path path = sources.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, "SELECT 1;\n");
        }
    }
}

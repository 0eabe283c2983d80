package dev.pgdl.core.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Exclude globs read as .gitignore reads them, over the path below the searched directory. */
class FileExcludesTest {

    @Test
    void aGlobWithoutSlashMatchesAFileOrDirectoryNameAtAnyDepth() {
        FileExcludes excludes = FileExcludes.of(List.of("*.down.sql", "audit"));

        assertThat(excludes.matching(Path.of("sub/0001_a.down.sql"))).contains("*.down.sql");
        assertThat(excludes.matching(Path.of("patches/audit/017-tags.sql"))).contains("audit");
        assertThat(excludes.matching(Path.of("audit.sql"))).isEmpty();
        assertThat(excludes.matching(Path.of("0001_a.up.sql"))).isEmpty();
    }

    @Test
    void aGlobWithSlashMatchesThePathFromTheSearchedDirectoryAndWhatIsBelowIt() {
        FileExcludes excludes = FileExcludes.of(List.of("patches/audit", "/legacy/"));

        assertThat(excludes.matching(Path.of("patches/audit/017-tags.sql"))).contains("patches/audit");
        assertThat(excludes.matching(Path.of("old/patches/audit/017-tags.sql"))).isEmpty();
        assertThat(excludes.matching(Path.of("legacy/v1/a.sql"))).contains("/legacy/");
        assertThat(excludes.matching(Path.of("sub/legacy/a.sql"))).isEmpty();
    }

    @Test
    void aBadGlobFromTheCommandLineIsAnErrorLineNamingIt() {
        assertThat(FileExcludes.problems(List.of("audit", "[0-9", " ")))
                .containsExactly("--exclude '[0-9': error: not a glob: Missing ] at index 3",
                        "--exclude ' ': error: an exclude glob must not be empty");
    }
}

package dev.pgdl.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code pgdl check} on migration sets, end to end, in-process. */
class MigrationCheckTest {

    private static final String CONFIG = "rules:\n  migration/idempotent: off\n";

    @TempDir
    Path dir;

    @Test
    void listPrintsTheFlywayOrder() throws IOException {
        write("db/V10__c.sql", "SELECT 1;\n");
        write("db/V9__b.sql", "SELECT 1;\n");
        write("db/V1__a.sql", "SELECT 1;\n");

        PgdlRun run = PgdlRun.of("check", "--migrations", dir.resolve("db").toString(), "--list");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().filter(l -> l.matches("\\d+\t.*")).map(l -> l.replaceAll(".*/", "")).toList())
                .containsExactly("V1__a.sql", "V9__b.sql", "V10__c.sql");
    }

    @Test
    void aDirectoryOfVersionedFilesIsAMigrationSetAndFindingsLandOnTheRightFile() throws IOException {
        write("db/V1__create.sql", "CREATE TABLE t_order (order_id bigint NOT NULL, amount integer);\n");
        write("db/V2__index.sql", "CREATE INDEX idx_01_t_order ON t_order (amount);\n");
        Path config = write("pgdl.yml", CONFIG);

        PgdlRun run = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never",
                dir.resolve("db").toString());

        assertThat(run.out()).containsPattern("V2__index\\.sql:1:1: error migration/concurrent-index ")
                .doesNotContainPattern("V1__create\\.sql:\\d+:\\d+: \\w+ migration/");
    }

    @Test
    void anUndefinedPlaceholderIsAnErrorAndADefinedOneIsSubstituted() throws IOException {
        write("db/V1__create.sql", "CREATE TABLE ${schema}.t_order (order_id bigint NOT NULL);\n");
        Path config = write("pgdl.yml", CONFIG);

        PgdlRun undefined = PgdlRun.of("check", "--config", config.toString(), "--migrations", dir.resolve("db").toString());
        PgdlRun defined = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never",
                "--placeholder", "schema=app", "--migrations", dir.resolve("db").toString());

        assertThat(undefined.exitCode()).isEqualTo(3);
        assertThat(undefined.err()).contains("V1__create.sql:1:14: error: placeholder ${schema} is not defined");
        assertThat(defined.exitCode()).isZero();
        assertThat(defined.out()).contains("app.t_order");
    }

    @Test
    void changedSinceReportsOnlyFilesChangedSinceTheRevision() throws IOException, InterruptedException {
        write("db/V1__create.sql", "CREATE TABLE t_order (order_id bigint NOT NULL, amount integer);\n"
                + "CREATE INDEX idx_01_t_order ON t_order (order_id);\n");
        write("db/V2__index.sql", "CREATE INDEX idx_02_t_order ON t_order (amount);\n");
        Path config = write("pgdl.yml", CONFIG);
        git("init", "-q");
        git("add", "db/V1__create.sql", "db/V2__index.sql");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "base");
        write("db/V3__drop.sql", "DROP INDEX idx_01_t_order;\n");

        PgdlRun run = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never", "--changed-since",
                "HEAD", dir.resolve("db").toString());

        assertThat(run.out()).contains("V3__drop.sql:1:1: warning migration/drop-index-concurrently")
                .doesNotContain("V2__index.sql").doesNotContain("V1__create.sql");
        assertThat(PgdlRun.of("check", "--changed-since", "no-such-revision", dir.resolve("db").toString()).err())
                .contains("--changed-since no-such-revision: error: git diff");
    }

    private void git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(arguments));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}

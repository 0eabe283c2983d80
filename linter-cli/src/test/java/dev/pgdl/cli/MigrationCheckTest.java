package dev.pgdl.cli;

import dev.pgdl.core.catalog.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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

    @Test
    void postgresVariantsOfDeltaFilesAreReadInNameOrderAndOtherEnginesVariantsAreNot() throws IOException {
        write("delta/73/01_a.sql", "SELECT 1;\n");
        write("delta/73/02_b.sql.postgres", "SELECT 1;\n");
        write("delta/73/02_b.sql.sqlite", "SELECT 1;\n");
        write("delta/73/03_c.sql", "SELECT 1;\n");
        write("delta/74/01_d.sql.postgres", "SELECT 1;\n");

        PgdlRun run = PgdlRun.of("check", "--migrations", dir.resolve("delta").toString(), "--list");

        assertThat(run.exitCode()).isZero();
        assertThat(listed(run, "delta")).containsExactly("73/01_a.sql", "73/02_b.sql.postgres", "73/03_c.sql",
                "74/01_d.sql.postgres");
    }

    @Test
    void excludedFilesAreNeitherReadNorCheckedAndListSaysWhy() throws IOException {
        write("patches/016-create.sql", "CREATE TABLE x_policy (id bigint NOT NULL, name text);\n");
        write("patches/017-index.sql", "CREATE INDEX idx_01_x_policy ON x_policy (name);\n");
        write("patches/audit/017-index.sql", "CREATE INDEX idx_01_x_policy ON x_policy (name);\n");
        Path config = write("pgdl.yml", CONFIG);

        PgdlRun list = PgdlRun.of("check", "--migrations", dir.resolve("patches").toString(), "--exclude", "audit",
                "--list");
        PgdlRun check = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never", "--exclude", "audit",
                "--migrations", dir.resolve("patches").toString());

        assertThat(listed(list, "patches")).containsExactly("016-create.sql", "017-index.sql");
        assertThat(list.out()).contains("-\t" + dir.resolve("patches/audit/017-index.sql") + " (excluded: audit)");
        assertThat(check.out()).contains("patches/017-index.sql:1:1: error migration/concurrent-index")
                .doesNotContain("audit/017-index.sql");
        assertThat(PgdlRun.of("check", "--exclude", "[0-9", dir.resolve("patches").toString()).err())
                .isEqualTo("--exclude '[0-9': error: not a glob: Missing ] at index 3" + System.lineSeparator());
    }

    @Test
    void aTableOfTheBaseDatabaseIsAnExistingTable() throws IOException, SQLException {
        TestPostgres.Database base = TestPostgres.newEmptyDatabase();
        try (Connection connection = base.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t_order (order_id bigint PRIMARY KEY, amount integer)");
        }
        write("db/V1__index.sql", "CREATE INDEX idx_01_t_order ON t_order (amount);\n");
        Path config = write("pgdl.yml", CONFIG);

        PgdlRun withBase = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never",
                "--base-url", base.url(), "--user", base.user(), "--migrations", dir.resolve("db").toString());
        PgdlRun withoutBase = PgdlRun.of("check", "--config", config.toString(), "--fail-on", "never",
                "--migrations", dir.resolve("db").toString());

        assertThat(withBase.err()).isEmpty();
        assertThat(withBase.out()).contains("V1__index.sql:1:1: error migration/concurrent-index");
        assertThat(withoutBase.out()).doesNotContain("migration/concurrent-index");
    }

    /** The files {@code --list} gives, in its order, relative to the set's directory. */
    private List<String> listed(PgdlRun run, String set) {
        return run.out().lines().filter(l -> l.matches("\\d+\t.*")).map(l -> l.substring(l.indexOf('\t') + 1))
                .map(file -> dir.resolve(set).relativize(Path.of(file)).toString()).toList();
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

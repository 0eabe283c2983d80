package dev.pgdl.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {

    private final Path target = Path.of("target/pgdl");

    @Test
    void textIsTheLogAndEveryOtherFormatAFileNamedAfterIt() throws MojoExecutionException {
        Reports reports = Reports.of(List.of("text", "json"), target);

        assertThat(reports.toLog()).isTrue();
        assertThat(reports.files()).containsExactly(target.resolve("pgdl.json"));
    }

    @Test
    void withoutTextTheLogShowsNoFindingsAndAFormatGivenTwiceIsOneFile() throws MojoExecutionException {
        Reports reports = Reports.of(List.of("json", " JSON"), target);

        assertThat(reports.toLog()).isFalse();
        assertThat(reports.files()).containsExactly(target.resolve("pgdl.json"));
    }
}

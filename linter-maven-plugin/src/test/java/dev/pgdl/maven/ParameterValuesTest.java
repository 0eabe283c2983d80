package dev.pgdl.maven;

import dev.pgdl.core.api.FailOn;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterValuesTest {

    @Test
    void failOnIsSpelledAsOnTheCommandLine() throws MojoExecutionException {
        assertThat(ParameterValues.failOn("warning")).isEqualTo(FailOn.WARNING);
        assertThat(ParameterValues.failOn("NEVER")).isEqualTo(FailOn.NEVER);
    }

    @Test
    void aMisspelledValueNamesTheParameterAndTheValidValues() {
        assertThatThrownBy(() -> ParameterValues.failOn("warn")).isInstanceOf(MojoExecutionException.class)
                .hasMessage("pgdl: failOn has 'warn'; use one of error, warning, info, never");
        assertThatThrownBy(() -> ParameterValues.reportFormat("xml")).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("pgdl: formats has 'xml'; use one of text, json");
    }

    @Test
    void theLanguageIsEnglishOrJapanese() throws MojoExecutionException {
        assertThat(ParameterValues.language("ja")).isEqualTo(Locale.JAPANESE);
        assertThat(ParameterValues.language("en")).isEqualTo(Locale.ENGLISH);
        assertThatThrownBy(() -> ParameterValues.language("de")).hasMessage("pgdl: language is 'de'; use en or ja");
    }
}

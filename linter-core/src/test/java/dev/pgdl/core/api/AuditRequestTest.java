package dev.pgdl.core.api;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRequestTest {

    @Test
    void aRequestNeverPrintsItsPassword() {
        AuditRequest request = new AuditRequest(List.of("jdbc:postgresql://db/app"), Optional.of("auditor"),
                Optional.of("s3cret-from-settings"), Optional.empty(), new ReportOptions(Path.of(""), Optional.empty(),
                ReportFormat.TEXT, FailOn.ERROR, Optional.empty(), Locale.ENGLISH));

        assertThat(request.toString()).contains("jdbc:postgresql://db/app", "auditor").doesNotContain("s3cret");
    }
}

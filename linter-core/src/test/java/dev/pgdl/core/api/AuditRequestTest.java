package dev.pgdl.core.api;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRequestTest {

    @Test
    void aRequestNeverPrintsItsPassword() {
        AuditRequest request = new AuditRequest(List.of("jdbc:postgresql://db/app"), Optional.of("auditor"),
                Optional.of("s3cret-from-settings"), Optional.empty(), ReportOptions.defaults());

        assertThat(request.toString()).contains("jdbc:postgresql://db/app", "auditor").doesNotContain("s3cret");
    }
}

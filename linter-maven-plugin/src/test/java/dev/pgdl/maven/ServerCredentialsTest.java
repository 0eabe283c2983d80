package dev.pgdl.maven;

import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerCredentialsTest {

    @Test
    void anUnknownServerIdIsABuildErrorNamingIt() {
        Settings settings = new Settings();
        Server other = new Server();
        other.setId("nexus");
        settings.addServer(other);

        assertThatThrownBy(() -> ServerCredentials.of(settings, null, "prod-db"))
                .hasMessage("pgdl: settings.xml has no <server> with the id 'prod-db'");
    }

    @Test
    void withoutAServerIdThereAreNoCredentials() throws Exception {
        assertThat(ServerCredentials.of(new Settings(), null, null)).isEqualTo(ServerCredentials.NONE);
    }

    @Test
    void theCredentialsNeverPrintThePassword() {
        assertThat(new ServerCredentials(Optional.of("auditor"), Optional.of("s3cret")).toString())
                .contains("auditor").doesNotContain("s3cret");
    }
}

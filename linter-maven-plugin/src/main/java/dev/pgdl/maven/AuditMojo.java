package dev.pgdl.maven;

import dev.pgdl.core.api.AuditRequest;
import dev.pgdl.core.api.Pgdl;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Audits a live PostgreSQL database through its catalog, read-only, as {@code pgdl audit} does.
 * The password comes from the {@code settings.xml} server {@code serverId}, else the environment
 * variable {@code PGPASSWORD}, else {@code ~/.pgpass}; never from the pom.
 */
@Mojo(name = "audit", threadSafe = true, requiresProject = false)
public class AuditMojo extends AbstractPgdlMojo {

    /** The database, such as {@code jdbc:postgresql://localhost:5432/app}. */
    @Parameter(property = "pgdl.url")
    String url;

    /**
     * More databases to audit in the same run, each as {@code url} (as repeated {@code pgdl audit --url});
     * every finding names its database.
     */
    @Parameter(property = "pgdl.urls")
    List<String> urls = new ArrayList<>();

    /** The schemas to audit (as {@code pgdl audit --schema}); by default all but PostgreSQL's own. */
    @Parameter(property = "pgdl.schemas")
    List<String> schemas = new ArrayList<>();

    /** The role to connect as; without it, the {@code serverId} server's user name. */
    @Parameter(property = "pgdl.username")
    String username;

    /** The id of a {@code <server>} in {@code settings.xml} whose password (and user name) to connect with. */
    @Parameter(property = "pgdl.serverId")
    String serverId;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    private final SettingsDecrypter decrypter;

    @Inject
    public AuditMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    @Override
    Optional<Linting> linting(Pgdl pgdl) throws MojoExecutionException {
        List<String> databases = new ArrayList<>();
        Optional.ofNullable(url).ifPresent(databases::add);
        databases.addAll(urls);
        if (databases.isEmpty()) {
            throw new MojoExecutionException("pgdl: no database to audit: set url (-Dpgdl.url=jdbc:postgresql://host:port/db)"
                    + " or urls");
        }
        ServerCredentials server = ServerCredentials.of(settings, decrypter, serverId);
        Optional<String> user = Optional.ofNullable(username).or(server::user);
        return Optional.of((options, out) -> pgdl.audit(new AuditRequest(databases, user, server.password(),
                Optional.empty(), options, schemas), out));
    }
}

package dev.pgdl.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The user and password of a {@code <server>} in the user's {@code settings.xml}, decrypted when
 * Maven's password encryption is used: the one place a password may come from in a build, never the pom.
 */
record ServerCredentials(Optional<String> user, Optional<String> password) {

    static final ServerCredentials NONE = new ServerCredentials(Optional.empty(), Optional.empty());

    static ServerCredentials of(Settings settings, SettingsDecrypter decrypter, String serverId)
            throws MojoExecutionException {
        if (serverId == null || serverId.isBlank()) {
            return NONE;
        }
        Server server = settings.getServer(serverId);
        if (server == null) {
            throw new MojoExecutionException("pgdl: settings.xml has no <server> with the id '" + serverId + "'");
        }
        SettingsDecryptionResult decrypted = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!decrypted.getProblems().isEmpty()) {
            throw new MojoExecutionException("pgdl: the password of server '" + serverId + "' cannot be decrypted: "
                    + decrypted.getProblems().stream().map(SettingsProblem::getMessage)
                    .collect(Collectors.joining("; ")));
        }
        Server plain = decrypted.getServer();
        return new ServerCredentials(Optional.ofNullable(plain.getUsername()), Optional.ofNullable(plain.getPassword()));
    }

    @Override
    public String toString() {
        return "ServerCredentials[user=" + user.orElse("") + "]";
    }
}

package dev.pgdl.cli;

import dev.pgdl.core.api.Pgdl;
import picocli.CommandLine.IVersionProvider;

/** {@code pgdl <version>}. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"pgdl " + Pgdl.version()};
    }
}

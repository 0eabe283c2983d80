package dev.pgdl.cli;

import dev.pgdl.core.api.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code pgdl docs --output DIR}: writes every rule's page, in English and Japanese, and the indexes. */
@Command(name = "docs", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the rule pages (English and Japanese) and their indexes as Markdown.")
final class DocsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "DIR", required = true, description = "Directory to write, e.g. docs/rules.")
    private Path output;

    @Override
    public Integer call() {
        try {
            for (Map.Entry<String, String> page : PgdlCommand.pgdl().documentation().entrySet()) {
                Path file = output.resolve(page.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            }
            return ExitCode.SUCCESS.code();
        } catch (IOException e) {
            spec.commandLine().getErr().println(output + ": error: cannot write (" + e.getMessage() + ")");
            return ExitCode.USAGE_ERROR.code();
        }
    }
}

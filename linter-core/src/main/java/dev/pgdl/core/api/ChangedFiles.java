package dev.pgdl.core.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The files added or changed since a git revision: {@code git diff --name-only REF} (committed,
 * staged and unstaged changes) plus untracked files that git does not ignore. Uses the git command
 * line, as squawk and sqlfluff do, so pgdl needs no git library and sees what the user's git sees.
 */
final class ChangedFiles {

    private static final long TIMEOUT_SECONDS = 60;

    /** Absolute, normalized paths of the changed files. */
    private final Set<Path> changed;

    private ChangedFiles(Set<Path> changed) {
        this.changed = changed;
    }

    /** Asks git in {@code directory}; a failure (no git, not a repository, unknown revision) is a {@link IOException}. */
    static ChangedFiles since(String revision, Path directory) throws IOException {
        Path top = Path.of(git(directory, "rev-parse", "--show-toplevel").get(0).strip());
        Set<Path> changed = new HashSet<>();
        List<String> names = new ArrayList<>(git(directory, "diff", "--name-only", "--no-renames", revision, "--"));
        names.addAll(git(directory, "ls-files", "--others", "--exclude-standard", "--full-name"));
        names.stream().filter(n -> !n.isBlank()).forEach(n -> changed.add(top.resolve(n).toAbsolutePath().normalize()));
        return new ChangedFiles(changed);
    }

    boolean contains(Path file) {
        return changed.contains(file.toAbsolutePath().normalize());
    }

    private static List<String> git(Path directory, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("git " + String.join(" ", arguments) + " failed: "
                        + output.lines().findFirst().orElse("no output"));
            }
            return output.lines().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for git", e);
        } finally {
            process.destroy();
        }
    }
}

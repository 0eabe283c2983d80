package dev.pgdl.core.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Files a check leaves out of the directories it searches, by glob over the path below the
 * searched directory, as {@code .gitignore} reads them: a glob without {@code /} matches a file or
 * directory name at any depth ({@code audit}, {@code *.down.sql}); a glob with {@code /} matches
 * the path from the searched directory ({@code /audit}, {@code patches/audit}, {@code legacy/**}).
 * A directory that matches leaves out everything below it.
 */
public final class FileExcludes {

    public static final FileExcludes NONE = new FileExcludes(List.of());

    private record Glob(String text, PathMatcher matcher, boolean anyDepth) {

        boolean matches(Path relative) {
            for (int i = 0; i < relative.getNameCount(); i++) {
                if (matcher.matches(anyDepth ? relative.getName(i) : relative.subpath(0, i + 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    private final List<Glob> globs;

    private FileExcludes(List<Glob> globs) {
        this.globs = List.copyOf(globs);
    }

    /** Globs already checked by {@link #problems} or the configuration loader. */
    public static FileExcludes of(List<String> globs) {
        return new FileExcludes(globs.stream().map(FileExcludes::compile).toList());
    }

    /** One {@code --exclude 'GLOB': error: ...} line per glob given on the command line that is not one. */
    public static List<String> problems(List<String> given) {
        List<String> problems = new ArrayList<>();
        given.forEach(glob -> problem(glob).ifPresent(p -> problems.add(ConfigProblem.ofFile("--exclude '" + glob + "'", p)
                .toString())));
        return problems;
    }

    /** The glob that leaves out the file at {@code relative} below a searched directory, if one does. */
    public Optional<String> matching(Path relative) {
        return globs.stream().filter(g -> g.matches(relative)).map(Glob::text).findFirst();
    }

    /** What is wrong with a glob, if anything. */
    static Optional<String> problem(String text) {
        if (text.isBlank()) {
            return Optional.of("an exclude glob must not be empty");
        }
        try {
            compile(text);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            // the JDK's descriptions quote unevenly ("Missing ']")
            return Optional.of("not a glob: " + e.getDescription().replace("'", "") + " at index " + e.getIndex());
        }
    }

    /** A trailing {@code /} only says "a directory"; a leading one anchors the glob to the searched directory. */
    private static Glob compile(String text) {
        String glob = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        boolean anyDepth = !glob.contains("/");
        glob = glob.startsWith("/") ? glob.substring(1) : glob;
        return new Glob(text, FileSystems.getDefault().getPathMatcher("glob:" + glob), anyDepth);
    }
}

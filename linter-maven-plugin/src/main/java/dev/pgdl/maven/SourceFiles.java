package dev.pgdl.maven;

import org.codehaus.plexus.util.DirectoryScanner;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL files under a source directory that the include and exclude patterns select (Ant
 * patterns, as maven-checkstyle-plugin and maven-pmd-plugin take them), in sorted order and
 * relative to the project directory, so reports name them as the project does.
 */
final class SourceFiles {

    private static final Pattern LITERAL_GLOB_CHARACTERS = Pattern.compile("[\\\\*?\\[\\]{}]");

    /** Plain SQL files, and Synapse's PostgreSQL-only deltas, as {@code pgdl check DIR} reads them. */
    static final String[] DEFAULT_INCLUDES = {"**/*.sql", "**/*.sql.postgres"};

    private final Path sources;
    /** Below {@code sources}, sorted. */
    private final List<String> selected;

    private SourceFiles(Path sources, List<String> selected) {
        this.sources = sources;
        this.selected = selected;
    }

    static SourceFiles select(Path sources, List<String> includes, List<String> excludes) {
        return new SourceFiles(sources, scan(sources, includes.isEmpty() ? DEFAULT_INCLUDES
                : includes.toArray(String[]::new), excludes.toArray(String[]::new)));
    }

    /** The selected files, relative to the project directory. */
    List<Path> relativeTo(Path basedir) {
        return selected.stream().map(file -> basedir.relativize(sources.resolve(file))).toList();
    }

    /**
     * The SQL files below {@code sources} that the patterns leave out, as globs that match exactly
     * each of them from {@code sources} ({@code pgdl check --exclude}), so that a migration set,
     * which pgdl reads as a whole directory, leaves them out too.
     */
    List<String> leftOutAsExcludeGlobs() {
        Set<String> chosen = Set.copyOf(selected);
        return scan(sources, DEFAULT_INCLUDES, new String[0]).stream().filter(file -> !chosen.contains(file))
                .map(file -> "/" + LITERAL_GLOB_CHARACTERS.matcher(file.replace(File.separatorChar, '/'))
                        .replaceAll("\\\\$0")).toList();
    }

    private static List<String> scan(Path sources, String[] includes, String[] excludes) {
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(sources.toFile());
        scanner.setIncludes(includes);
        scanner.setExcludes(excludes);
        scanner.addDefaultExcludes();
        scanner.scan();
        return Arrays.stream(scanner.getIncludedFiles()).sorted().toList();
    }
}

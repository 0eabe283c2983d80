package dev.pgdl.maven;

import org.codehaus.plexus.util.DirectoryScanner;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The SQL files under a source directory that the include and exclude patterns select (Ant
 * patterns, as maven-checkstyle-plugin and maven-pmd-plugin take them), in sorted order and
 * relative to the project directory, so reports name them as the project does.
 */
final class SourceFiles {

    static final String DEFAULT_INCLUDE = "**/*.sql";

    private SourceFiles() {
    }

    static List<Path> select(Path basedir, Path sources, List<String> includes, List<String> excludes) {
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(sources.toFile());
        scanner.setIncludes(includes.isEmpty() ? new String[] {DEFAULT_INCLUDE} : includes.toArray(String[]::new));
        scanner.setExcludes(excludes.toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        return Arrays.stream(scanner.getIncludedFiles()).sorted()
                .map(file -> basedir.relativize(sources.resolve(file))).toList();
    }
}

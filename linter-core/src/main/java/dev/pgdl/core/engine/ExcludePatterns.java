package dev.pgdl.core.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Object-name globs such as {@code public.flyway_*} or {@code *.legacy_*.*}, matched segment by
 * segment with the JDK's glob matcher ({@code *} never crosses a dot). A pattern with fewer
 * segments than the identity also matches its trailing segments, so {@code flyway_schema_history}
 * matches {@code public.flyway_schema_history}.
 */
final class ExcludePatterns {

    private final List<PathMatcher> matchers;

    ExcludePatterns(List<String> globs) {
        this.matchers = globs.stream()
                .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob.replace('.', '/')))
                .toList();
    }

    boolean matches(String identity) {
        if (matchers.isEmpty()) {
            return false;
        }
        Path full = Path.of(identity.replace('.', '/'));
        for (int start = 0; start < full.getNameCount(); start++) {
            Path tail = full.subpath(start, full.getNameCount());
            if (matchers.stream().anyMatch(m -> m.matches(tail))) {
                return true;
            }
        }
        return false;
    }
}

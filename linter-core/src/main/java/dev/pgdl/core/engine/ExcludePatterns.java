package dev.pgdl.core.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Object-name globs such as {@code public.flyway_*} or {@code *.legacy_*.*}, matched segment by
 * segment with the JDK's glob matcher ({@code *} never crosses a dot). A pattern excludes an
 * object when it matches the object's identity or that of an object containing it, with or
 * without the schema: {@code flyway_schema_history} excludes
 * {@code public.flyway_schema_history} and its column {@code public.flyway_schema_history.version}.
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
        for (int end = full.getNameCount(); end > 0; end--) {
            for (int start = 0; start <= Math.min(1, end - 1); start++) {
                Path candidate = full.subpath(start, end);
                if (matchers.stream().anyMatch(m -> m.matches(candidate))) {
                    return true;
                }
            }
        }
        return false;
    }
}

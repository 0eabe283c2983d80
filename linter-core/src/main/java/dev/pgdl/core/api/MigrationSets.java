package dev.pgdl.core.api;

import dev.pgdl.core.config.FileExcludes;
import dev.pgdl.core.ddl.SqlFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds migration sets among the inputs of a check: the {@code --migrations} directory, and every
 * directory argument whose SQL files are all named as versioned migrations. Each set is ordered as
 * its tool would order it, with Flyway placeholders substituted.
 */
final class MigrationSets {

    /**
     * One migration set: where it is, how it was ordered, its files in that order, and the files the
     * excludes left out.
     */
    record MigrationSet(String directory, MigrationOrder.Ordered order, List<SqlFile> files, List<String> excluded) {
    }

    /** The sets and the plain SQL files of a check, and one error line per input problem. */
    record Inputs(List<MigrationSet> sets, List<SqlFile> plainFiles, List<String> errors) {
    }

    private MigrationSets() {
    }

    static Inputs find(CheckRequest request, Map<String, String> configuredPlaceholders, FileExcludes excludes) {
        Map<String, String> placeholders = new HashMap<>(configuredPlaceholders);
        placeholders.putAll(request.migrations().placeholders());
        List<String> errors = new ArrayList<>();
        List<MigrationSet> sets = new ArrayList<>();
        Map<String, SqlFile> plain = new TreeMap<>();
        request.migrations().directory().ifPresent(directory ->
                sets.add(set(directory, read(directory, request, excludes, errors), request, placeholders, errors)));
        for (Path path : request.paths()) {
            InputFiles.Inputs inputs = read(path, request, excludes, errors);
            List<SqlFile> files = inputs.files();
            boolean migrationSet = request.workingDirectory().resolve(path).toFile().isDirectory() && !files.isEmpty()
                    && files.stream().allMatch(f -> MigrationOrder.isVersioned(f.path()));
            if (migrationSet) {
                sets.add(set(path, inputs, request, placeholders, errors));
            } else {
                files.forEach(f -> plain.put(f.path(), f));
            }
        }
        return new Inputs(sets, List.copyOf(plain.values()), errors);
    }

    private static InputFiles.Inputs read(Path path, CheckRequest request, FileExcludes excludes, List<String> errors) {
        InputFiles.Inputs inputs = InputFiles.read(List.of(path), request.workingDirectory(), excludes);
        errors.addAll(inputs.errors());
        return inputs;
    }

    private static MigrationSet set(Path directory, InputFiles.Inputs inputs, CheckRequest request,
                                    Map<String, String> placeholders, List<String> errors) {
        String prefix = InputFiles.display(directory);
        Map<String, SqlFile> byName = new HashMap<>();
        inputs.files().forEach(f -> byName.put(prefix.isEmpty() ? f.path()
                : f.path().substring(prefix.length() + 1), f));
        MigrationOrder.Ordered order = MigrationOrder.order(List.copyOf(byName.keySet()),
                request.migrations().includeUndo());
        order.errors().forEach(e -> errors.add(prefix.isEmpty() ? e : prefix + "/" + e));
        List<SqlFile> ordered = order.files().stream().map(byName::get)
                .map(f -> order.style() == MigrationOrder.Style.FLYWAY
                        ? new SqlFile(f.path(), Placeholders.substitute(f.path(), f.content(), placeholders, errors)) : f)
                .toList();
        return new MigrationSet(prefix, order, ordered, inputs.excluded());
    }
}

package dev.pgdl.core.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to read migration sets: an explicit migrations directory (else only directories whose files
 * are all named as versioned migrations), what exists before the first file, and Flyway's
 * placeholders. The base database's password comes from {@code passwordFile}, else
 * {@code PGPASSWORD}, else {@code ~/.pgpass}.
 *
 * @param directory    {@code --migrations DIR}: always a migration set, ordered as its names say
 * @param baseSchemas  schema dumps read before the first migration, in order
 * @param baseUrl      a live database whose catalog is the state before the first migration
 * @param placeholders Flyway placeholders by name; they add to and replace the configuration's
 * @param includeUndo  check Flyway undo ({@code U}) files too, after the others, latest version first
 */
public record MigrationOptions(Optional<Path> directory, List<Path> baseSchemas, Optional<String> baseUrl,
                               Optional<String> user, Optional<Path> passwordFile, Map<String, String> placeholders,
                               boolean includeUndo) {

    public static final MigrationOptions NONE = new MigrationOptions(Optional.empty(), List.of(), Optional.empty(),
            Optional.empty(), Optional.empty(), Map.of(), false);

    public MigrationOptions {
        baseSchemas = List.copyOf(baseSchemas);
        placeholders = Map.copyOf(placeholders);
    }
}

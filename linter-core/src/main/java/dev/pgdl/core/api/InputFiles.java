package dev.pgdl.core.api;

import dev.pgdl.core.config.FileExcludes;
import dev.pgdl.core.ddl.SqlFile;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the SQL files under the given paths and reads them as strict UTF-8, or in the encoding a
 * file declares with {@code SET client_encoding} as psql would. Each file appears once, in sorted
 * path order; one that cannot be read becomes an error line and the others are still read.
 *
 * <p>A file named as an argument is read whatever its name. Directories are searched recursively
 * for {@code .sql} files and for {@code .sql.postgres} files, the PostgreSQL variant of a script
 * that tools supporting several database engines keep beside the others (Synapse's
 * {@code .sql.postgres} and {@code .sql.sqlite}); the variants for other engines are not read.
 * Files the excludes match are left out of a directory's.
 */
final class InputFiles {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final List<String> SQL_SUFFIXES = List.of(".sql", ".sql.postgres");

    /**
     * The files read, one {@code path: error: ...} line per input that could not be read, and the
     * files the excludes left out, each as {@code path (excluded: glob)}.
     */
    record Inputs(List<SqlFile> files, List<String> errors, List<String> excluded) {
    }

    private InputFiles() {
    }

    static Inputs read(List<Path> paths, Path workingDirectory, FileExcludes excludes) {
        List<String> errors = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Map<String, Path> found = new TreeMap<>();
        for (Path path : paths) {
            discover(path, workingDirectory.resolve(path), new Search(found, excluded, errors, excludes));
        }
        List<SqlFile> files = new ArrayList<>();
        found.forEach((name, file) -> {
            try {
                files.add(new SqlFile(name, decode(Files.readAllBytes(file))));
            } catch (UnreadableException e) {
                errors.add(error(name, e.getMessage()));
            } catch (IOException e) {
                errors.add(error(name, "cannot read (" + reason(e) + ")"));
            }
        });
        return new Inputs(files, errors, excluded.stream().sorted().toList());
    }

    /** Where a search puts what it finds: the files by display name, the excluded files and the errors. */
    private record Search(Map<String, Path> found, List<String> excluded, List<String> errors, FileExcludes excludes) {
    }

    private static void discover(Path given, Path resolved, Search search) {
        if (Files.isRegularFile(resolved)) {
            search.found().put(display(given), resolved);
        } else if (Files.isDirectory(resolved)) {
            walk(given, resolved, search);
        } else if (Files.exists(resolved)) {
            search.errors().add(error(display(given), "not a file or directory"));
        } else {
            search.errors().add(error(display(given), "no such file or directory"));
        }
    }

    private static void walk(Path given, Path directory, Search search) {
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile() && isSql(file)) {
                        Path relative = directory.relativize(file);
                        String name = display(given.resolve(relative));
                        search.excludes().matching(relative).ifPresentOrElse(
                                glob -> search.excluded().add(name + " (excluded: " + glob + ")"),
                                () -> search.found().put(name, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    search.errors().add(error(display(given.resolve(directory.relativize(file))), "cannot read ("
                            + reason(e) + ")"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            search.errors().add(error(display(given), "cannot read (" + reason(e) + ")"));
        }
    }

    private static boolean isSql(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SQL_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /**
     * Strict UTF-8: a NUL byte means a binary file, an invalid sequence is named by its line. ASCII text,
     * most schemas, is taken as it is: a checking decoder costs a 100,000-line file ~20 ms more.
     */
    private static String decode(byte[] bytes) throws UnreadableException {
        boolean ascii = true;
        for (byte b : bytes) {
            if (b <= 0) {
                if (b == 0) {
                    throw new UnreadableException("binary file (contains a NUL byte)");
                }
                ascii = false;
            }
        }
        if (ascii) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            Optional<Charset> declared = ClientEncoding.declaredIn(bytes);
            if (declared.isPresent()) {
                return new String(bytes, declared.get());
            }
            throw new UnreadableException("not UTF-8 text (invalid byte at line " + lineAt(bytes, in.position())
                    + ") and no SET client_encoding says what it is");
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String display(Path path) {
        return path.normalize().toString().replace(File.separatorChar, '/');
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String error(String name, String message) {
        return name + ": error: " + message;
    }

    /** A file whose bytes are not SQL text. */
    private static final class UnreadableException extends Exception {
        UnreadableException(String message) {
            super(message);
        }
    }
}

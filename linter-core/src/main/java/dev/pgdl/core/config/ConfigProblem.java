package dev.pgdl.core.config;

/** One mistake in a configuration file, at a 1-based line and column (0 when it concerns the whole file). */
public record ConfigProblem(String file, int line, int column, String message) {

    static ConfigProblem ofFile(String file, String message) {
        return new ConfigProblem(file, 0, 0, message);
    }

    /** {@code pgdl.yml:4:3: error: unknown rule 'naming/table-prefx'; did you mean 'naming/table-prefix'?} */
    @Override
    public String toString() {
        String position = line > 0 ? ":" + line + ":" + column : "";
        return file + position + ": error: " + message;
    }
}

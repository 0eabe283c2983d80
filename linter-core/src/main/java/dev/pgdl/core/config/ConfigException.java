package dev.pgdl.core.config;

import java.util.List;

/** A configuration that cannot be used: every mistake found, each with its position. */
public final class ConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(ConfigProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}

package dev.pgdl.cli;

import dev.pgdl.core.api.CheckResult;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;

/** Prints a run's error lines to standard error and gives its exit code. */
final class Errors {

    private Errors() {
    }

    static int print(CheckResult result, CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        result.errors().forEach(err::println);
        err.flush();
        return result.exitCode().code();
    }
}

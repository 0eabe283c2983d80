package dev.pgdl.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code pgdl} command line with its output captured. */
record PgdlRun(int exitCode, String out, String err) {

    static PgdlRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = PgdlCommand.commandLine(args)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new PgdlRun(exitCode, out.toString(), err.toString());
    }
}

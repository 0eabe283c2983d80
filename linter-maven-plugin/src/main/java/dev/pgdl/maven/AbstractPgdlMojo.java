package dev.pgdl.maven;

import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.Pgdl;
import dev.pgdl.core.api.ReportOptions;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * What every pgdl goal shares with {@code pgdl check} and {@code pgdl audit} on the command line:
 * configuration, failure threshold, report formats and language. Findings go to the Maven log
 * as errors, warnings and infos; the other formats are files in {@code outputDirectory}.
 */
abstract class AbstractPgdlMojo extends AbstractMojo {

    /** The project's directory: relative paths in reports start here, and {@code pgdl.yml} is looked for here. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** The configuration file (as {@code pgdl --config}); without it, {@code pgdl.yml} in the project directory. */
    @Parameter(property = "pgdl.configLocation")
    File configLocation;

    /** The lowest severity that fails the build: {@code error}, {@code warning}, {@code info} or {@code never}. */
    @Parameter(property = "pgdl.failOn", defaultValue = "error")
    String failOn;

    /**
     * The reports: {@code text} writes the findings to the Maven log; every other format (such as
     * {@code json}) is written to {@code outputDirectory} as {@code pgdl.<format>}.
     */
    @Parameter(property = "pgdl.formats", defaultValue = "text,json,sarif")
    List<String> formats;

    /** Where report files are written. */
    @Parameter(property = "pgdl.outputDirectory", defaultValue = "${project.build.directory}/pgdl")
    File outputDirectory;

    /** The language of messages: {@code en} or {@code ja}; without it, Japanese on a Japanese system, else English. */
    @Parameter(property = "pgdl.language")
    String language;

    /**
     * A baseline file ({@code pgdl baseline}): its findings are accepted, only new ones are reported
     * and fail the build.
     */
    @Parameter(property = "pgdl.baseline")
    File baseline;

    /** Skips pgdl. */
    @Parameter(property = "pgdl.skip", defaultValue = "false")
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("pgdl: skipped");
            return;
        }
        Reports reports = Reports.of(formats, outputDirectory.toPath());
        ReportOptions options = new ReportOptions(basedir.toPath(), Optional.ofNullable(configLocation)
                .map(File::toPath), reports.targets(), ParameterValues.failOn(failOn),
                ParameterValues.language(language), false, Optional.ofNullable(baseline).map(File::toPath));
        Optional<Linting> linting = linting(new Pgdl(getClass().getClassLoader()));
        if (linting.isEmpty()) {
            return;
        }
        CheckResult result = linting.get().run(options, Writer.nullWriter());
        new Outcome(getLog(), reports, failOn).conclude(result);
    }

    /** The run this goal makes, or empty when there is nothing to lint (it says why in the log). */
    abstract Optional<Linting> linting(Pgdl pgdl) throws MojoExecutionException;

    /** One run of pgdl with the given report options, the report written to its output or to {@code out}. */
    @FunctionalInterface
    interface Linting {
        CheckResult run(ReportOptions options, Writer out);
    }
}

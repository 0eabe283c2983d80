package dev.pgdl.maven;

import dev.pgdl.core.api.CheckResult;
import dev.pgdl.core.api.ReportedFinding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows a run in the Maven log (each finding at its severity's level, with its position, then a
 * count) and ends the goal as the command line's exit code says: findings at or above
 * {@code failOn} fail the build, a problem that kept pgdl from linting is a build error.
 */
final class Outcome {

    private final Log log;
    private final Reports reports;
    private final String failOn;

    Outcome(Log log, Reports reports, String failOn) {
        this.log = log;
        this.reports = reports;
        this.failOn = failOn;
    }

    void conclude(CheckResult result) throws MojoExecutionException, MojoFailureException {
        if (reports.toLog()) {
            result.findings().forEach(this::show);
        }
        result.errors().forEach(log::error);
        String counts = counts(result.findings());
        switch (result.exitCode()) {
            case SUCCESS -> log.info("pgdl: " + counts + reportFiles());
            case FINDINGS -> {
                log.info("pgdl: " + counts + reportFiles());
                throw new MojoFailureException("pgdl: " + counts + " (failOn: " + failOn + ")");
            }
            case USAGE_ERROR, INPUT_ERROR -> throw new MojoExecutionException(String.join("; ", result.errors()));
        }
    }

    private void show(ReportedFinding finding) {
        String line = finding.where() + ": " + finding.rule() + " " + finding.message();
        switch (finding.severity()) {
            case "error" -> log.error(line);
            case "warning" -> log.warn(line);
            default -> log.info(line);
        }
    }

    private String reportFiles() {
        List<Path> files = reports.files();
        return files.isEmpty() ? "" : "; reports: " + files.stream().map(Path::toString)
                .collect(Collectors.joining(", "));
    }

    private static String counts(List<ReportedFinding> findings) {
        return count(findings, "error") + ", " + count(findings, "warning") + ", " + count(findings, "info");
    }

    private static String count(List<ReportedFinding> findings, String severity) {
        long n = findings.stream().filter(f -> f.severity().equals(severity)).count();
        return n + " " + severity + (n == 1 ? "" : "s");
    }
}

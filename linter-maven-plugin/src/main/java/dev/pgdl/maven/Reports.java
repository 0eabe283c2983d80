package dev.pgdl.maven;

import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportTarget;
import org.apache.maven.plugin.MojoExecutionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report formats a goal was asked for: {@code text} is the Maven log, every other format a
 * file {@code pgdl.<format>} in the output directory.
 */
final class Reports {

    private final boolean toLog;
    private final List<Path> files;
    private final List<ReportFormat> fileFormats;

    private Reports(boolean toLog, List<ReportFormat> fileFormats, Path outputDirectory) {
        this.toLog = toLog;
        this.fileFormats = List.copyOf(fileFormats);
        this.files = fileFormats.stream().map(format -> outputDirectory.resolve(fileName(format))).toList();
    }

    static Reports of(List<String> formats, Path outputDirectory) throws MojoExecutionException {
        boolean toLog = false;
        List<ReportFormat> fileFormats = new ArrayList<>();
        for (String name : formats) {
            ReportFormat format = ParameterValues.reportFormat(name);
            if (format == ReportFormat.TEXT) {
                toLog = true;
            } else if (!fileFormats.contains(format)) {
                fileFormats.add(format);
            }
        }
        return new Reports(toLog, fileFormats, outputDirectory);
    }

    boolean toLog() {
        return toLog;
    }

    List<Path> files() {
        return files;
    }

    /** The report files of one run; the log is written from the run's findings, not as a report. */
    List<ReportTarget> targets() {
        List<ReportTarget> targets = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            targets.add(new ReportTarget(fileFormats.get(i), Optional.of(files.get(i))));
        }
        return targets;
    }

    private static String fileName(ReportFormat format) {
        return "pgdl." + ParameterValues.spelling(format);
    }
}

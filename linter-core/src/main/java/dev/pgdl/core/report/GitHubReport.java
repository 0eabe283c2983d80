package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 * {@code ::error file=db/a.sql,line=3,col=5,title=types/banned-type::message}. Infos are notices;
 * a finding without a file names its object in the message.
 */
public final class GitHubReport implements ReportWriter {

    private final Locale language;

    public GitHubReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        for (Finding finding : findings) {
            StringBuilder command = new StringBuilder("::").append(command(finding)).append(' ');
            String message = finding.message(language);
            if (finding.location().isKnown()) {
                command.append("file=").append(property(finding.location().file()))
                        .append(",line=").append(finding.location().line())
                        .append(",col=").append(finding.location().column()).append(',');
            } else if (!finding.object().isEmpty()) {
                message = finding.object() + ": " + message;
            }
            command.append("title=").append(property(finding.rule())).append("::").append(data(message));
            out.write(command.append('\n').toString());
        }
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, OFF -> "notice";
        };
    }

    /** The escaping of the runner's command parser for a message. */
    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Property values escape also the separators {@code :} and {@code ,}. */
    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}

package dev.pgdl.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * GitLab Code Quality JSON, shown in merge requests: an array of {@code {description, check_name,
 * fingerprint, severity, location: {path, lines: {begin}}}}. GitLab compares reports by
 * fingerprint, which does not change when unrelated lines move. A finding without a file gives its
 * object as the path.
 */
public final class GitLabReport implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Locale language;

    public GitLabReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            for (Finding finding : findings) {
                json.writeStartObject();
                json.writeStringField("description", finding.message(language));
                json.writeStringField("check_name", finding.rule());
                json.writeStringField("fingerprint", finding.fingerprint());
                json.writeStringField("severity", severity(finding));
                json.writeObjectFieldStart("location");
                json.writeStringField("path", finding.location().isKnown() ? finding.location().file() : finding.object());
                json.writeObjectFieldStart("lines");
                json.writeNumberField("begin", Math.max(1, finding.location().line()));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write("\n");
    }

    private static String severity(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case INFO, OFF -> "info";
        };
    }
}

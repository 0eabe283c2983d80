package dev.pgdl.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.model.SourceLocation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The versioned JSON report: {@code {"version": 1, "findings": [{"rule", "severity", "object",
 * "file", "line", "column", "message"}], "summary": {...}}}, messages in the chosen language. A
 * finding without a file or object has null there; a finding of an audit also has
 * {@code "database"}, the audited database's name; a suppressed finding (listed only when asked
 * for) adds {@code "suppressed"} with its ignore comment's reason.
 */
public final class JsonReport implements ReportWriter {

    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final Locale language;

    public JsonReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Finding finding : findings) {
                writeFinding(finding, json);
            }
            json.writeEndArray();
            writeSummary(summary, json);
            json.writeEndObject();
        }
        out.write("\n");
    }

    private void writeFinding(Finding finding, JsonGenerator json) throws IOException {
        SourceLocation location = finding.location();
        json.writeStartObject();
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("object", finding.object().isEmpty() ? null : finding.object());
        if (finding.database() != null) {
            json.writeStringField("database", finding.database());
        }
        if (location.isKnown()) {
            json.writeStringField("file", location.file());
            json.writeNumberField("line", location.line());
            json.writeNumberField("column", location.column());
        } else {
            json.writeNullField("file");
            json.writeNullField("line");
            json.writeNullField("column");
        }
        json.writeStringField("message", finding.message(language));
        if (finding.isSuppressed()) {
            json.writeStringField("suppressed", finding.suppression().get());
        }
        json.writeEndObject();
    }

    private static void writeSummary(Summary summary, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("files", summary.files());
        json.writeNumberField("statements", summary.statements());
        json.writeNumberField("unparsed", summary.unparsed());
        json.writeNumberField("errors", summary.errors());
        json.writeNumberField("warnings", summary.warnings());
        json.writeNumberField("infos", summary.infos());
        json.writeNumberField("suppressed", summary.suppressed());
        json.writeNumberField("baselined", summary.baselined());
        json.writeNumberField("fixedBaselineEntries", summary.fixedBaselineEntries());
        json.writeNumberField("durationMs", summary.durationMs());
        json.writeEndObject();
    }
}

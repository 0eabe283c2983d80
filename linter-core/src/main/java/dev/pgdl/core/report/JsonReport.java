package dev.pgdl.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.model.SourceLocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

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

    /** From this many findings on, the later half is written on another core while this one writes the first. */
    private static final int SHARED_FROM = 2_000;

    private static final String FINDING_SEPARATOR = ", ";

    /** The default pretty printer as it writes the objects of the findings array, one level down. */
    private static final DefaultPrettyPrinter IN_ARRAY = new DefaultPrettyPrinter().withRootSeparator(FINDING_SEPARATOR)
            .withObjectIndenter(new DefaultIndenter("  ", DefaultIndenter.SYS_LF + "  "));

    private final Locale language;

    public JsonReport(Locale language) {
        this.language = language;
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        int firstPart = findings.size() < SHARED_FROM ? findings.size() : findings.size() / 2;
        CompletableFuture<TextPieces> laterPart = laterFindings(findings.subList(firstPart, findings.size()));
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("version", VERSION);
            json.writeArrayFieldStart("findings");
            for (Finding finding : findings.subList(0, firstPart)) {
                writeFinding(finding, json);
            }
            laterPart.join().writeRawTo(json);
            json.writeEndArray();
            writeSummary(summary, json);
            json.writeEndObject();
        }
        out.write("\n");
    }

    /**
     * The findings as they follow earlier ones in the findings array, {@code , {...}, {...}}, written
     * on another core: each object at the root of its own generator, separated and indented as in the array.
     */
    private CompletableFuture<TextPieces> laterFindings(List<Finding> findings) {
        return findings.isEmpty() ? CompletableFuture.completedFuture(new TextPieces())
                : CompletableFuture.supplyAsync(() -> laterFindingsText(findings));
    }

    private TextPieces laterFindingsText(List<Finding> findings) {
        TextPieces text = new TextPieces();
        try (JsonGenerator json = FACTORY.createGenerator(text).setPrettyPrinter(IN_ARRAY.createInstance())) {
            json.writeRaw(FINDING_SEPARATOR);
            for (Finding finding : findings) {
                writeFinding(finding, json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
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

package dev.pgdl.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A baseline as a file, {@code {"version": 1, "findings": [{"rule", "object", "fingerprint",
 * "count", "file", "message"}]}}, sorted so that it diffs well in review.
 */
public final class BaselineFile {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BaselineFile() {
    }

    /** Reads a baseline; a missing or malformed file is a {@link BaselineException} naming it. */
    public static Baseline read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BaselineException(file + ": error: no such baseline file (pgdl baseline writes one)");
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new BaselineException(file + ": error: not a pgdl baseline (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BaselineException(file + ": error: cannot read (" + e.getMessage() + ")");
        }
        if (root == null || root.path("version").asInt() != VERSION || !root.path("findings").isArray()) {
            throw new BaselineException(file + ": error: not a pgdl baseline (expected {\"version\": " + VERSION
                    + ", \"findings\": [...]}, as pgdl baseline writes)");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode entry : root.get("findings")) {
            if (!entry.path("rule").isTextual() || !entry.path("fingerprint").isTextual()) {
                throw new BaselineException(file + ": error: a baseline entry lacks its rule or fingerprint: " + entry);
            }
            entries.add(new BaselineEntry(entry.get("rule").asText(), entry.path("object").asText(""),
                    entry.get("fingerprint").asText(), entry.path("count").asInt(1), entry.path("file").asText(""),
                    entry.path("message").asText("")));
        }
        return new Baseline(entries);
    }

    public static void write(Baseline baseline, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ArrayNode findings = root.putArray("findings");
        for (BaselineEntry entry : baseline.entries()) {
            findings.addObject().put("rule", entry.rule()).put("object", entry.object())
                    .put("fingerprint", entry.fingerprint()).put("count", entry.count())
                    .put("file", entry.file()).put("message", entry.message());
        }
        out.write(JSON.writeValueAsString(root));
        out.write("\n");
    }

    /** A baseline file that cannot be used; the message is the line to show. */
    public static final class BaselineException extends RuntimeException {
        BaselineException(String message) {
            super(message);
        }
    }
}

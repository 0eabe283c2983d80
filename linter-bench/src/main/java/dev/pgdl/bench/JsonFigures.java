package dev.pgdl.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/** Statements and findings, as a pgdl JSON report states them. */
record JsonFigures(long statements, long findings) {

    static JsonFigures read(Path report) throws IOException {
        JsonNode root = new ObjectMapper().readTree(report.toFile());
        return new JsonFigures(root.path("summary").path("statements").asLong(), root.path("findings").size());
    }

    /** The number of elements of a JSON array file: squawk's findings in its {@code --reporter json} output. */
    static long arrayLength(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile()).size();
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the findings of a run, already in report order, and its summary in one format. */
public interface ReportWriter {

    void write(List<Finding> findings, Summary summary, Writer out) throws IOException;
}

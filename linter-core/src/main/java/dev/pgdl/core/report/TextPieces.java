package dev.pgdl.core.report;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text kept in the pieces it was written in, to be passed on whole: no buffer grown and copied
 * for the megabytes of a long report.
 */
final class TextPieces extends Writer {

    private final List<char[]> pieces = new ArrayList<>();

    @Override
    public void write(char[] text, int offset, int length) {
        pieces.add(Arrays.copyOfRange(text, offset, offset + length));
    }

    /** Writes the text as it is, neither escaped nor checked, into {@code json}. */
    void writeRawTo(JsonGenerator json) throws IOException {
        for (char[] piece : pieces) {
            json.writeRaw(piece, 0, piece.length);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}

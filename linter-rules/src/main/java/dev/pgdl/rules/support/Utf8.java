package dev.pgdl.rules.support;

/** Byte lengths as PostgreSQL counts them for identifiers, in UTF-8. */
public final class Utf8 {

    private Utf8() {
    }

    public static int bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            bytes += bytes(codePoint);
            i += Character.charCount(codePoint);
        }
        return bytes;
    }

    private static int bytes(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}

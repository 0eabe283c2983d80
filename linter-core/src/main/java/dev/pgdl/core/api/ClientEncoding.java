package dev.pgdl.core.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding a SQL file declares for psql ({@code SET client_encoding = 'LATIN1'} or
 * {@code \encoding LATIN1}), mapped from PostgreSQL's encoding names to Java's.
 */
final class ClientEncoding {

    private static final Pattern DECLARATION = Pattern.compile(
            "(?im)^\\s*(?:SET\\s+client_encoding\\s*(?:=|TO)\\s*'?|\\\\encoding\\s+)([A-Za-z0-9_]+)");

    private static final Map<String, String> POSTGRES_TO_JAVA = Map.ofEntries(
            Map.entry("UTF8", "UTF-8"), Map.entry("UNICODE", "UTF-8"), Map.entry("LATIN1", "ISO-8859-1"),
            Map.entry("LATIN2", "ISO-8859-2"), Map.entry("LATIN9", "ISO-8859-15"), Map.entry("WIN1250", "windows-1250"),
            Map.entry("WIN1251", "windows-1251"), Map.entry("WIN1252", "windows-1252"), Map.entry("SJIS", "Shift_JIS"),
            Map.entry("SHIFT_JIS_2004", "Shift_JIS"), Map.entry("EUC_JP", "EUC-JP"), Map.entry("EUC_KR", "EUC-KR"),
            Map.entry("EUC_CN", "GB2312"), Map.entry("BIG5", "Big5"), Map.entry("GBK", "GBK"),
            Map.entry("KOI8R", "KOI8-R"), Map.entry("SQL_ASCII", "ISO-8859-1"));

    private ClientEncoding() {
    }

    static Optional<Charset> declaredIn(byte[] bytes) {
        // every encoding PostgreSQL accepts for clients is ASCII-compatible, so the declaration reads as Latin-1
        Matcher declaration = DECLARATION.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        if (!declaration.find()) {
            return Optional.empty();
        }
        String javaName = POSTGRES_TO_JAVA.get(declaration.group(1).toUpperCase(Locale.ROOT));
        return javaName == null || !Charset.isSupported(javaName) ? Optional.empty()
                : Optional.of(Charset.forName(javaName));
    }
}

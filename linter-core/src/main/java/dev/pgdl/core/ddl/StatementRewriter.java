package dev.pgdl.core.ddl;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Targeted rewrites that let JSqlParser read statements it otherwise rejects (measured in the
 * parser study): identifiers that collide with its key words are quoted, {@code SET DATA TYPE}
 * becomes {@code TYPE}, {@code text ARRAY} becomes {@code text[]}.
 */
final class StatementRewriter {

    private static final Set<String> COLLIDING_IDENTIFIERS = Set.of("VALUE", "VALUES", "SETTINGS", "CURRENT",
            "STATEMENT", "RETURNS", "IMPORT", "CSV", "FILE", "TOP", "EXCLUDE", "ENUM", "COMMENT", "BETWEEN", "EXISTS",
            "FORCE", "PRIOR", "UNKNOWN", "SAMPLE", "SIGNED", "UNSIGNED", "ZONE", "TYPE", "LOCATION", "LEVEL", "PATH",
            "OPTIONS", "POSITION", "DATA", "NAME", "SOURCE", "TARGET", "MODE", "RESULT");

    private static final Pattern SET_DATA_TYPE = Pattern.compile("(?i)\\bSET\\s+DATA\\s+TYPE\\b");
    /** {@code CREATE VIEW v AS TABLE t} means {@code AS SELECT * FROM t}. */
    private static final Pattern AS_TABLE = Pattern.compile("(?i)\\bAS\\s+TABLE\\s+");

    private StatementRewriter() {
    }

    static String rewrite(SqlStatement statement) {
        StringBuilder text = new StringBuilder();
        int base = statement.tokens().get(0).offset();
        int copied = 0;
        SqlToken previous = null;
        for (SqlToken token : statement.tokens()) {
            int start = token.offset() - base;
            text.append(statement.text(), copied, start);
            copied = token.end() - base;
            text.append(replacement(token, previous));
            previous = token;
        }
        text.append(statement.text().substring(copied));
        return AS_TABLE.matcher(SET_DATA_TYPE.matcher(text).replaceAll("TYPE")).replaceAll("AS SELECT * FROM ");
    }

    private static String replacement(SqlToken token, SqlToken previous) {
        if (token.isWord("ARRAY") && previous != null && previous.kind() == SqlToken.Kind.WORD
                && !previous.isWord("SELECT")) {
            return "[]";
        }
        boolean afterDot = previous != null && previous.isSymbol(".");
        boolean identifierPosition = afterDot || previous != null && (previous.isSymbol(",") || previous.isSymbol("(")
                || previous.isWord("ON") || previous.isWord("FROM") || previous.isWord("JOIN") || previous.isWord("ONLY"));
        if (token.kind() == SqlToken.Kind.WORD && identifierPosition && COLLIDING_IDENTIFIERS.contains(token.upper())) {
            return "\"" + token.text().toLowerCase(Locale.ROOT) + "\"";
        }
        return token.text();
    }
}

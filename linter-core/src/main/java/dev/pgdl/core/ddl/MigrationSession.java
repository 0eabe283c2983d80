package dev.pgdl.core.ddl;

import dev.pgdl.core.model.QualifiedName;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one migration file has done so far that changes how its next statement runs: an open
 * transaction block, {@code lock_timeout}, and the relations it created (which are new, so no
 * one else is using them yet).
 */
final class MigrationSession {

    private static final Pattern SET_CONFIG = Pattern.compile(
            "set_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*'([^']*)'\\s*,\\s*(\\w+)", Pattern.CASE_INSENSITIVE);

    private final Set<QualifiedName> created = new HashSet<>();
    private boolean inTransaction;
    private boolean lockTimeout;
    private boolean lockTimeoutEndsWithTransaction;

    boolean inTransaction() {
        return inTransaction;
    }

    boolean lockTimeoutSet() {
        return lockTimeout;
    }

    boolean isNew(QualifiedName relation) {
        return created.contains(relation);
    }

    void created(QualifiedName relation) {
        created.add(relation);
    }

    /** Follows transaction blocks and lock_timeout through a statement of the file. */
    void follow(SqlStatement statement, StatementKind kind) {
        TokenCursor cursor = new TokenCursor(statement);
        switch (kind.name()) {
            case "BEGIN", "START" -> inTransaction = true;
            case "COMMIT", "END", "ROLLBACK", "ABORT" -> {
                inTransaction = false;
                if (lockTimeoutEndsWithTransaction) {
                    lockTimeout = false;
                    lockTimeoutEndsWithTransaction = false;
                }
            }
            case "SET" -> {
                cursor.accept("SET");
                boolean local = cursor.accept("LOCAL");
                cursor.accept("SESSION");
                if (cursor.accept("LOCK_TIMEOUT")) {
                    cursor.accept("TO");
                    cursor.acceptSymbol("=");
                    lockTimeout(cursor.atEnd() ? "0" : cursor.next().text(), local);
                }
            }
            case "RESET" -> {
                cursor.accept("RESET");
                if (cursor.accept("LOCK_TIMEOUT") || cursor.accept("ALL")) {
                    lockTimeout = false;
                }
            }
            case "SELECT" -> {
                Matcher setConfig = SET_CONFIG.matcher(statement.text());
                if (setConfig.find()) {
                    lockTimeout(setConfig.group(1), setConfig.group(2).equalsIgnoreCase("true"));
                }
            }
            default -> {
                // other statements leave the session as it is
            }
        }
    }

    private void lockTimeout(String value, boolean local) {
        String unquoted = value.replace("'", "").strip().toLowerCase(Locale.ROOT);
        lockTimeout = !unquoted.isEmpty() && !unquoted.equals("default") && !unquoted.matches("0+(ms|s|min)?");
        lockTimeoutEndsWithTransaction = lockTimeout && local && inTransaction;
    }
}

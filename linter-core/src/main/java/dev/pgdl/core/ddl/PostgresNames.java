package dev.pgdl.core.ddl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Names PostgreSQL chooses for objects it creates implicitly (makeObjectName in indexcmds.c). */
final class PostgresNames {

    static final int MAX_IDENTIFIER_BYTES = 63;

    private PostgresNames() {
    }

    /** {@code table_column_label}, shortening the longer of the two parts until it fits in 63 bytes. */
    static String objectName(String table, String column, String label) {
        int overhead = label.length() + 1 + (column.isEmpty() ? 0 : 1);
        int available = MAX_IDENTIFIER_BYTES - overhead;
        String first = table;
        String second = column;
        while (bytes(first) + bytes(second) > available) {
            if (bytes(first) > bytes(second)) {
                first = first.substring(0, first.length() - 1);
            } else {
                second = second.substring(0, second.length() - 1);
            }
        }
        return first + (second.isEmpty() ? "" : "_" + second) + "_" + label;
    }

    static String objectName(String table, List<String> columns, String label) {
        return objectName(table, String.join("_", columns), label);
    }

    /** {@code name}, or {@code name1}, {@code name2} … if taken, as ChooseConstraintName numbers its label. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int pass = 1; taken.contains(candidate); pass++) {
            candidate = name + pass;
        }
        return candidate;
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}

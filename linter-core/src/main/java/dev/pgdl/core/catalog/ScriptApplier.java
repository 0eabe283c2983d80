package dev.pgdl.core.catalog;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs SQL statements one at a time, as psql does with its defaults: each in its own transaction
 * unless the script opens one, and a statement the server rejects does not stop the ones after it.
 */
public final class ScriptApplier {

    /**
     * A statement the server rejected.
     *
     * @param index    the statement's position in the list given to {@link #apply}
     * @param message  the server's message, such as {@code relation "t" does not exist}
     * @param sqlState the SQLSTATE code, such as {@code 42P01}
     * @param position the 0-based offset in the statement the server points at, or -1
     */
    public record Rejection(int index, String message, String sqlState, int position) {
    }

    /** SQLSTATE class 08: the connection is gone, not the statement wrong. */
    private static final String CONNECTION_EXCEPTION = "08";

    private ScriptApplier() {
    }

    /** Applies {@code statements} in order over {@code connection} and returns those the server rejected. */
    public static List<Rejection> apply(Connection connection, List<String> statements) throws SQLException {
        connection.setAutoCommit(true);
        List<Rejection> rejections = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.size(); i++) {
                try {
                    statement.execute(statements.get(i));
                } catch (PSQLException e) {
                    if (String.valueOf(e.getSQLState()).startsWith(CONNECTION_EXCEPTION)) {
                        throw e;
                    }
                    rejections.add(rejection(i, e));
                }
            }
        }
        return rejections;
    }

    private static Rejection rejection(int index, PSQLException e) {
        ServerErrorMessage server = e.getServerErrorMessage();
        if (server == null) {
            return new Rejection(index, String.valueOf(e.getMessage()), String.valueOf(e.getSQLState()), -1);
        }
        return new Rejection(index, server.getMessage(), server.getSQLState(), server.getPosition() - 1);
    }
}

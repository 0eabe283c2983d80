package dev.pgdl.core.model;

/**
 * The table-level lock a statement takes, weakest first, as the PostgreSQL documentation names
 * them ("Explicit Locking", table 13.2). {@link #NONE} is a statement that locks no table.
 */
public enum LockLevel {
    NONE("no lock"),
    ACCESS_SHARE("ACCESS SHARE"),
    ROW_SHARE("ROW SHARE"),
    ROW_EXCLUSIVE("ROW EXCLUSIVE"),
    SHARE_UPDATE_EXCLUSIVE("SHARE UPDATE EXCLUSIVE"),
    SHARE("SHARE"),
    SHARE_ROW_EXCLUSIVE("SHARE ROW EXCLUSIVE"),
    EXCLUSIVE("EXCLUSIVE"),
    ACCESS_EXCLUSIVE("ACCESS EXCLUSIVE");

    private final String sql;

    LockLevel(String sql) {
        this.sql = sql;
    }

    /** The lock mode as SQL writes it: {@code ACCESS EXCLUSIVE}. */
    public String sql() {
        return sql;
    }

    /** Whether ordinary reads and writes wait for this lock ({@code SHARE} and stronger block writes). */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }
}

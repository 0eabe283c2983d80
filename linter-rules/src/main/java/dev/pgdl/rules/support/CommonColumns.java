package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.List;

/**
 * The guideline's 共通カラム as {@code tables/common-columns} expects them by default. Other rules
 * leave these columns to that rule: the application binds them and the guideline fixes their shape.
 */
public final class CommonColumns {

    public static final List<ExpectedColumn> DEFAULTS = List.of(
            required("created_at", "timestamptz"),
            required("created_by", "varchar"),
            required("created_pgm_cd", "varchar"),
            required("created_tx_id", "varchar"),
            required("updated_at", "timestamptz"),
            required("updated_by", "varchar"),
            required("updated_pgm_cd", "varchar"),
            required("updated_tx_id", "varchar"),
            new ExpectedColumn("lock_no", "bigint|integer", false, "1"),
            new ExpectedColumn("patched_at", "timestamptz", true, null),
            new ExpectedColumn("patched_by", "varchar", true, null),
            new ExpectedColumn("patched_id", "varchar", true, null));

    private CommonColumns() {
    }

    /** Whether the column has the name of a default common column. */
    public static boolean isCommon(Column column) {
        String name = column.name().name();
        return DEFAULTS.stream().anyMatch(expected -> expected.name().equals(name));
    }

    private static ExpectedColumn required(String name, String type) {
        return new ExpectedColumn(name, type, false, null);
    }
}

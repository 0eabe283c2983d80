package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    private static final Set<String> NAMES = DEFAULTS.stream().map(ExpectedColumn::name).collect(Collectors.toSet());

    private CommonColumns() {
    }

    /** Whether the column has the name of a default common column. */
    public static boolean isCommon(Column column) {
        return NAMES.contains(column.name().name());
    }

    private static ExpectedColumn required(String name, String type) {
        return new ExpectedColumn(name, type, false, null);
    }
}

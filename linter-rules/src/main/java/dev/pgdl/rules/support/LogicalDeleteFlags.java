package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The names of logical-delete flags (論理削除フラグ: {@code deleted_flg}, {@code del_flag},
 * {@code is_deleted}, …). {@code tables/logical-delete} reports such a column; other rules leave
 * it alone, since renaming or retyping a flag that should not exist fixes nothing.
 */
public final class LogicalDeleteFlags {

    public static final List<String> DEFAULT_PATTERNS = List.of("(is_)?(del|delete|deleted)(_?(flg|flag|kbn|div))?",
            "sakujo(_?(flg|flag|kbn))?");

    private static final List<Pattern> DEFAULTS = Patterns.compileIgnoringCase(DEFAULT_PATTERNS);

    private LogicalDeleteFlags() {
    }

    /** Whether the column is named like a logical-delete flag by the default patterns. */
    public static boolean isFlag(Column column) {
        return Patterns.matchesWhole(DEFAULTS, column.name().name());
    }
}

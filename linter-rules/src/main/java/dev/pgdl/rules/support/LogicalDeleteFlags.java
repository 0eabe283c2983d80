package dev.pgdl.rules.support;

import dev.pgdl.core.model.Column;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of logical-delete flags (論理削除フラグ: {@code deleted_flg}, {@code del_flag},
 * {@code is_deleted}, …). {@code tables/logical-delete} reports such a column; other rules leave
 * it alone, since renaming or retyping a flag that should not exist fixes nothing.
 * <p>
 * One instance serves one rule run on one thread: it reuses a matcher per pattern, since it is
 * asked of every column.
 */
public final class LogicalDeleteFlags {

    public static final List<String> DEFAULT_PATTERNS = List.of("(is_)?(del|delete|deleted)(_?(flg|flag|kbn|div))?",
            "sakujo(_?(flg|flag|kbn))?");

    private static final List<Pattern> DEFAULTS = Patterns.compileIgnoringCase(DEFAULT_PATTERNS);

    private final List<Matcher> matchers;

    private LogicalDeleteFlags(List<Pattern> patterns) {
        this.matchers = patterns.stream().map(pattern -> pattern.matcher("")).toList();
    }

    /** Flags named as one of the patterns, regular expressions matched against the whole name ignoring case. */
    public static LogicalDeleteFlags of(List<String> patterns) {
        return new LogicalDeleteFlags(Patterns.compileIgnoringCase(patterns));
    }

    /** Flags named as the default patterns say. */
    public static LogicalDeleteFlags byDefault() {
        return new LogicalDeleteFlags(DEFAULTS);
    }

    public boolean isFlag(Column column) {
        for (Matcher matcher : matchers) {
            if (matcher.reset(column.name().name()).matches()) {
                return true;
            }
        }
        return false;
    }
}

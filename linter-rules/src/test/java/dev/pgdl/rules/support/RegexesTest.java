package dev.pgdl.rules.support;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RegexesTest {

    private static final List<String> EXPRESSIONS = List.of("_at$", "^(is|has)_", "_id$", "^id$", "code", "^",
            "$", "", "^$", "(is|)_x", "^(a|b)(c|d)$", "_AT$", "_a.$", "(?i)_at$", "_(at|on)+$", "a|b", "^is_\\w+",
            "_at\\$", "()_at$");

    private static final List<String> NAMES = List.of("ordered_at", "is_active", "has_x", "this_is_", "order_id",
            "id", "ID", "product_code", "code", "", "is_x", "_x", "ac", "bd", "acd", "ORDERED_AT", "ordered_at\n",
            "ordered_at\r\n", "ordered_at\u2028", "ordered_ax", "at", "_at$", "x_on", "x_onat");

    @Test
    void findsWhatTheCompiledExpressionFinds() {
        for (String expression : EXPRESSIONS) {
            Pattern compiled = Pattern.compile(expression);
            for (String name : NAMES) {
                assertThat(Regexes.finds(expression, name)).as("%s in %s", expression, name.replace("\n", "\\n"))
                        .isEqualTo(compiled.matcher(name).find());
            }
        }
    }
}

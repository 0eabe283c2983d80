package dev.pgdl.core.engine;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplateTest {

    private static final List<String> PATTERNS = List.of("Column {0} uses {1}; use {2}.", "{1} before {0}", "{0}{0}",
            "no arguments", "", "SET lock_timeout = ''5s'' on {0}", "it''s {0}", "quoted '{0}' stays", "{0,number} rows",
            "{0, number}", "a } brace {0}", "列 {0} は {1} 型です。{2} を使ってください。", "{10}", "{2} beyond");

    private static final List<Object[]> ARGUMENTS = List.of(new Object[] {"amount", "money", "numeric(p,s)"},
            new Object[] {"a", null, 1234}, new Object[] {12345, "b", new Date(0)}, new Object[] {},
            new Object[] {List.of("x"), "y"});

    @Test
    void formatsAsMessageFormatDoes() {
        for (Locale locale : List.of(Locale.ROOT, Locale.JAPANESE, Locale.GERMANY)) {
            for (String pattern : PATTERNS) {
                MessageTemplate template = MessageTemplate.of(pattern, locale);
                for (Object[] arguments : ARGUMENTS) {
                    assertThat(outcome(() -> template.format(arguments))).as("%s in %s", pattern, locale)
                            .isEqualTo(outcome(() -> new MessageFormat(pattern, locale).format(arguments)));
                }
            }
        }
    }

    /** The text, or the kind of failure: a number pattern refuses a text as MessageFormat does. */
    private static String outcome(Supplier<String> format) {
        try {
            return format.get();
        } catch (IllegalArgumentException e) {
            return e.getClass().getName();
        }
    }
}

package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NamedObjects;
import dev.pgdl.rules.support.NamedObjects.Kind;

import java.util.Locale;
import java.util.Set;

/** Names are lower snake case, so they never need quoting (物理名の命名ポリシー). */
public final class SnakeCaseRule implements SchemaRule {

    private static final Set<Kind> CHECKED = Set.of(Kind.TABLE, Kind.COLUMN, Kind.VIEW, Kind.INDEX, Kind.SEQUENCE,
            Kind.TYPE, Kind.FUNCTION);

    public static final Message NOT_SNAKE_CASE = Message.of("not-snake-case", "name", "suggestion");

    public static final RuleMeta META = RuleMeta.builder("naming/snake-case")
            .severity(Severity.ERROR)
            .guideline("物理名の命名ポリシー")
            .messages(NOT_SNAKE_CASE)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        NamedObjects.forEach(schema, named -> {
            String name = named.name().name();
            if (CHECKED.contains(named.kind()) && !isSnakeCase(name)) {
                context.report(named.object(), NOT_SNAKE_CASE, name, snakeCase(name));
            }
        });
    }

    /** A lower-case ASCII letter, then lower-case letters, digits and underscores (no regex: asked of every name). */
    private static boolean isSnakeCase(String name) {
        if (name.isEmpty() || !isLowerLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLowerLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLowerLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** {@code PortfolioEntry} → {@code portfolio_entry}, {@code order-line} → {@code order_line}. */
    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .replaceAll("[^A-Za-z0-9_]+", "_")
                .toLowerCase(Locale.ROOT);
    }
}

package dev.pgdl.rules.migration;

import dev.pgdl.core.model.Migration;
import dev.pgdl.core.model.MigrationAction.AddColumn;
import dev.pgdl.core.model.MigrationStatement;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.MigrationRule;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** ADD COLUMN on an existing table has no volatile default (any default before PostgreSQL 11). */
public final class VolatileDefaultRule implements MigrationRule {

    public static final OptionSpec<List<String>> VOLATILE_FUNCTIONS = OptionSpec.of("volatile-functions",
            OptionType.stringList(), List.of("clock_timestamp", "random", "gen_random_uuid", "uuid_generate_v1",
                    "uuid_generate_v1mc", "uuid_generate_v4", "uuidv4", "uuidv7", "timeofday", "nextval", "txid_current"));

    public static final Message VOLATILE = Message.of("volatile", "column", "default");
    public static final Message BEFORE_11 = Message.of("before-11", "column", "default", "version");

    public static final RuleMeta META = RuleMeta.builder("migration/volatile-default")
            .severity(Severity.ERROR)
            .guideline("スキーマ変更の対応手順")
            .options(VOLATILE_FUNCTIONS)
            .messages(VOLATILE, BEFORE_11)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Migration migration, RuleContext context) {
        List<String> volatileFunctions = context.option(VOLATILE_FUNCTIONS);
        for (MigrationStatement statement : migration.statements()) {
            if (statement.action() instanceof AddColumn add && add.defaultExpression() != null
                    && statement.targetExisted() && !add.defaultExpression().strip().equalsIgnoreCase("null")) {
                if (callsAny(add.defaultExpression(), volatileFunctions)) {
                    context.report(statement, VOLATILE, statement.object(), add.defaultExpression());
                } else if (context.targetPostgres() < FIRST_FAST_DEFAULT) {
                    context.report(statement, BEFORE_11, statement.object(), add.defaultExpression(),
                            context.targetPostgres());
                }
            }
        }
    }

    private static final int FIRST_FAST_DEFAULT = 11;

    /** Whether the expression calls one of the functions, schema-qualified or not. */
    private static boolean callsAny(String expression, List<String> functions) {
        String lower = expression.toLowerCase(Locale.ROOT);
        return functions.stream().anyMatch(f -> Pattern.compile("(?<![\\w$])" + Pattern.quote(f.toLowerCase(Locale.ROOT))
                + "\\s*\\(").matcher(lower).find());
    }
}

package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.TablePrefixes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table's name starts with the prefix of its table kind (テーブル種別の識別子). */
public final class TablePrefixRule implements SchemaRule {

    public static final OptionSpec<Map<String, String>> PREFIXES = OptionSpec.of("prefixes", OptionType.stringMap(),
                    defaultPrefixes())
            .requiring(prefixes -> prefixes.containsValue(TablePrefixes.TEMPORARY_KIND)
                            && prefixes.values().stream().anyMatch(kind -> !kind.equals(TablePrefixes.TEMPORARY_KIND)),
                    "a map with a prefix of kind temporary and at least one of another kind");

    public static final Message NO_PREFIX = Message.of("no-prefix", "table", "prefixes");
    public static final Message TEMPORARY_WITHOUT_PREFIX = Message.of("temporary-without-prefix", "table", "prefixes");
    public static final Message PERMANENT_WITH_TEMPORARY_PREFIX =
            Message.of("permanent-with-temporary-prefix", "table", "prefix", "prefixes");

    public static final RuleMeta META = RuleMeta.builder("naming/table-prefix")
            .severity(Severity.ERROR)
            .guideline("テーブル種別の識別子")
            .options(PREFIXES)
            .messages(NO_PREFIX, TEMPORARY_WITHOUT_PREFIX, PERMANENT_WITH_TEMPORARY_PREFIX)
            .exclude("flyway_schema_history")
            .build();

    private static Map<String, String> defaultPrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("m_", "master");
        prefixes.put("t_", "transaction");
        prefixes.put("w_", "work");
        prefixes.put("wr_", "work-receive");
        prefixes.put("ws_", "work-send");
        prefixes.put("s_", "summary");
        prefixes.put("sd_", "daily-summary");
        prefixes.put("sw_", "weekly-summary");
        prefixes.put("sm_", "monthly-summary");
        prefixes.put("h_", "history");
        prefixes.put("hist_", "history");
        prefixes.put("tmp_", TablePrefixes.TEMPORARY_KIND);
        return Collections.unmodifiableMap(prefixes);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Map<String, String> prefixes = context.option(PREFIXES);
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                check(table, prefixes, context);
            }
        }
    }

    private static void check(Table table, Map<String, String> prefixes, RuleContext context) {
        String name = table.name().name().name();
        Optional<Map.Entry<String, String>> prefix = TablePrefixes.prefixOf(name, prefixes);
        boolean temporaryPrefix = prefix.filter(p -> p.getValue().equals(TablePrefixes.TEMPORARY_KIND)).isPresent();
        String permanentPrefixes = join(TablePrefixes.prefixes(prefixes, false));
        if (table.isTemporary()) {
            if (!temporaryPrefix) {
                context.report(table, TEMPORARY_WITHOUT_PREFIX, name, join(TablePrefixes.prefixes(prefixes, true)));
            }
        } else if (prefix.isEmpty()) {
            context.report(table, NO_PREFIX, name, permanentPrefixes);
        } else if (temporaryPrefix) {
            context.report(table, PERMANENT_WITH_TEMPORARY_PREFIX, name, prefix.get().getKey(), permanentPrefixes);
        }
    }

    private static String join(List<String> prefixes) {
        return String.join(", ", prefixes);
    }
}

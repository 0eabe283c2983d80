package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.TablePrefixes;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table's name starts with the prefix of its table kind (テーブル種別の識別子). */
public final class TablePrefixRule implements SchemaRule {

    public static final Message NO_PREFIX = Message.of("no-prefix", "table", "prefixes");
    public static final Message TEMPORARY_WITHOUT_PREFIX = Message.of("temporary-without-prefix", "table", "prefixes");
    public static final Message PERMANENT_WITH_TEMPORARY_PREFIX =
            Message.of("permanent-with-temporary-prefix", "table", "prefix", "prefixes");

    public static final RuleMeta META = RuleMeta.builder("naming/table-prefix")
            .severity(Severity.ERROR)
            .guideline("テーブル種別の識別子")
            .messages(NO_PREFIX, TEMPORARY_WITHOUT_PREFIX, PERMANENT_WITH_TEMPORARY_PREFIX)
            .exclude("flyway_schema_history")
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Map<String, String> prefixes = context.tableKinds();
        String permanentPrefixes = join(TablePrefixes.prefixes(prefixes, false));
        String temporaryPrefixes = join(TablePrefixes.prefixes(prefixes, true));
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                check(table, prefixes, permanentPrefixes, temporaryPrefixes, context);
            }
        }
    }

    private static void check(Table table, Map<String, String> prefixes, String permanentPrefixes,
                              String temporaryPrefixes, RuleContext context) {
        String name = table.name().name().name();
        Optional<String> kind = context.tableKind(table);
        boolean temporaryPrefix = kind.filter(TablePrefixes.TEMPORARY_KIND::equals).isPresent();
        if (table.isTemporary()) {
            if (!temporaryPrefix) {
                context.report(table, TEMPORARY_WITHOUT_PREFIX, name, temporaryPrefixes);
            }
        } else if (kind.isEmpty()) {
            context.report(table, NO_PREFIX, name, permanentPrefixes);
        } else if (temporaryPrefix) {
            context.report(table, PERMANENT_WITH_TEMPORARY_PREFIX, name, prefixOf(name, prefixes), permanentPrefixes);
        }
    }

    private static String prefixOf(String name, Map<String, String> prefixes) {
        return TablePrefixes.prefixOf(name, prefixes).map(Map.Entry::getKey).orElse("");
    }

    private static String join(List<String> prefixes) {
        return String.join(", ", prefixes);
    }
}

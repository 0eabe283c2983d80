package dev.pgdl.rules.naming;

import dev.pgdl.core.model.Constraint;
import dev.pgdl.core.model.ConstraintType;
import dev.pgdl.core.model.Index;
import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.NamePatterns;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Index and key names follow インデックス名: {@code pk_{table}}, {@code uk_{table}}, {@code idx_{nn}_{table}}. */
public final class IndexNameRule implements SchemaRule {

    private static final String PRIMARY_KEY = "primary-key";
    private static final String UNIQUE = "unique";
    private static final String INDEX = "index";
    private static final String ALTERNATIVES = "\\|";

    public static final OptionSpec<Map<String, String>> PATTERNS = OptionSpec.of("patterns", OptionType.stringMap(),
                    defaultPatterns())
            .requiring(patterns -> patterns.keySet().equals(Set.of(PRIMARY_KEY, UNIQUE, INDEX))
                            && patterns.values().stream().allMatch(p -> p.contains("{table}")),
                    "a map with the keys primary-key, unique and index, each pattern naming {table}");

    public static final Message PRIMARY_KEY_NAME = Message.of("primary-key", "name", "table", "expected");
    public static final Message UNIQUE_NAME = Message.of("unique", "name", "table", "expected");
    public static final Message INDEX_NAME = Message.of("index", "name", "table", "expected");

    public static final RuleMeta META = RuleMeta.builder("naming/index-name")
            .severity(Severity.WARNING)
            .guideline("インデックス名")
            .options(PATTERNS)
            .messages(PRIMARY_KEY_NAME, UNIQUE_NAME, INDEX_NAME)
            .build();

    private static Map<String, String> defaultPatterns() {
        Map<String, String> patterns = new LinkedHashMap<>();
        patterns.put(PRIMARY_KEY, "pk_{table}");
        patterns.put(UNIQUE, "uk_{table}|uk_{table}_{nn}|uk{nn}_{table}");
        patterns.put(INDEX, "idx_{nn}_{table}|i{nn}_{table}");
        return Collections.unmodifiableMap(patterns);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        Map<String, String> patterns = context.option(PATTERNS);
        List<String> primaryKeyNames = alternatives(patterns.get(PRIMARY_KEY));
        List<String> uniqueNames = alternatives(patterns.get(UNIQUE));
        List<String> indexNames = alternatives(patterns.get(INDEX));
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                String tableName = table.name().name().name();
                for (Constraint constraint : table.constraints()) {
                    if (constraint.is(ConstraintType.PRIMARY_KEY)) {
                        check(constraint, constraint.name().name(), tableName, primaryKeyNames,
                                PRIMARY_KEY_NAME, context);
                    } else if (constraint.is(ConstraintType.UNIQUE)) {
                        check(constraint, constraint.name().name(), tableName, uniqueNames, UNIQUE_NAME,
                                context);
                    }
                }
            }
        }
        for (Index index : schema.indexes()) {
            check(index, index.name().name().name(), index.table().name().name(),
                    index.unique() ? uniqueNames : indexNames, index.unique() ? UNIQUE_NAME : INDEX_NAME,
                    context);
        }
    }

    private static List<String> alternatives(String pattern) {
        return Arrays.asList(pattern.split(ALTERNATIVES));
    }

    private static void check(ModelObject object, String name, String table, List<String> alternatives,
                              Message message, RuleContext context) {
        if (!matchesAny(alternatives, name, table)) {
            String expected = alternatives.stream().map(p -> NamePatterns.fill(p, table))
                    .collect(Collectors.joining(", "));
            context.report(object, message, name, table, expected);
        }
    }

    /** A loop, since it is asked of every index and key. */
    private static boolean matchesAny(List<String> alternatives, String name, String table) {
        Map<String, List<String>> values = Map.of("table", List.of(table));
        for (String alternative : alternatives) {
            if (NamePatterns.matches(alternative, name, values)) {
                return true;
            }
        }
        return false;
    }
}

package dev.pgdl.rules.naming;

import dev.pgdl.core.model.ModelObject;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.SchemaRule;
import dev.pgdl.core.spi.Severity;
import dev.pgdl.rules.support.TablePrefixes;
import dev.pgdl.rules.support.Tables;
import dev.pgdl.rules.support.WordDictionary;

import java.util.List;
import java.util.Map;

/** Every word of table and column names is a physical word of the team's 論物変換 dictionary. */
public final class DictionaryRule implements SchemaRule {

    public static final OptionSpec<WordDictionary> DICTIONARY = OptionSpec.of("dictionary",
            OptionType.fileContent("path of a CSV of logical,physical words", WordDictionary::parse,
                    WordDictionary.EMPTY), WordDictionary.EMPTY);

    public static final OptionSpec<List<String>> IGNORE_WORDS = OptionSpec.of("ignore-words", OptionType.stringList(),
            List.of());

    public static final Message UNKNOWN_WORD = Message.of("unknown-word", "object", "logical", "word", "closest");
    public static final Message UNKNOWN_WORD_NO_MATCH = Message.of("unknown-word-no-match", "object", "logical", "word");

    public static final RuleMeta META = RuleMeta.builder("naming/dictionary")
            .severity(Severity.OFF)
            .guideline("論物変換")
            .options(DICTIONARY, IGNORE_WORDS)
            .messages(UNKNOWN_WORD, UNKNOWN_WORD_NO_MATCH)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, RuleContext context) {
        WordDictionary dictionary = context.option(DICTIONARY);
        if (dictionary.isEmpty()) {
            return;
        }
        List<String> ignored = context.option(IGNORE_WORDS);
        for (Table table : schema.tables()) {
            if (!table.isPartition()) {
                String name = table.name().name().name();
                check(table, name, withoutPrefix(name, context.tableKinds()), dictionary, ignored, context);
            }
        }
        Tables.forEachDeclaredColumn(schema, (table, column) -> check(column, column.name().name(),
                column.name().name(), dictionary, ignored, context));
    }

    private static void check(ModelObject object, String name, String words, WordDictionary dictionary,
                              List<String> ignored, RuleContext context) {
        List<String> parts = dictionary.words(words);
        String logical = dictionary.logicalName(parts);
        for (String word : parts) {
            if (word.isEmpty() || word.chars().allMatch(Character::isDigit) || ignored.contains(word)
                    || dictionary.knows(word)) {
                continue;
            }
            ClosestName.closest(word, dictionary.physicalWords()).ifPresentOrElse(
                    closest -> context.report(object, UNKNOWN_WORD, name, logical, word,
                            closest + " (" + dictionary.logical(closest).orElse("") + ")"),
                    () -> context.report(object, UNKNOWN_WORD_NO_MATCH, name, logical, word));
        }
    }

    /** A table's words start after its table-kind prefix ({@code m_item} is the word {@code item}). */
    private static String withoutPrefix(String name, Map<String, String> tableKinds) {
        return TablePrefixes.prefixOf(name, tableKinds).map(prefix -> name.substring(prefix.getKey().length()))
                .orElse(name);
    }
}

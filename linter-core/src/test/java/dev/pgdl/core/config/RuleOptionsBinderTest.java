package dev.pgdl.core.config;

import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionException;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleOptionsBinderTest {

    enum Mode { FORBID, ALLOW_WITH_INDEX }

    record Ban(String type, String use) {
    }

    private static final OptionSpec<Integer> MAX = OptionSpec.of("max", OptionType.integer(), 3)
            .requiring(value -> value > 0, "at least 1");
    private static final OptionSpec<Mode> MODE = OptionSpec.of("mode", OptionType.oneOf(Mode.class), Mode.FORBID);
    private static final OptionSpec<List<Ban>> BANNED = OptionSpec.of("banned",
            OptionType.recordList("ban", List.of("type", "use"), List.of("type"),
                    item -> new Ban((String) item.get("type"), (String) item.get("use")),
                    ban -> Map.of("type", ban.type(), "use", String.valueOf(ban.use()))),
            List.of(new Ban("money", "numeric")));

    private static final RuleMeta META = RuleMeta.builder("types/sample")
            .severity(Severity.WARNING).guideline("データ型").options(MAX, MODE, BANNED)
            .messages(Message.of("m")).exclude("flyway_schema_history").build();

    @Test
    void givenKeysReplaceTheBaseAndOthersKeepIt() {
        RuleSettings bound = RuleOptionsBinder.bind(META, RuleSettings.defaults(META),
                Map.of("severity", "error", "max", 5, "mode", "allow-with-index"));

        assertThat(bound.severity()).isEqualTo(Severity.ERROR);
        assertThat(bound.option(MAX)).isEqualTo(5);
        assertThat(bound.option(MODE)).isEqualTo(Mode.ALLOW_WITH_INDEX);
        assertThat(bound.option(BANNED)).containsExactly(new Ban("money", "numeric"));
        assertThat(bound.exclude()).containsExactly("flyway_schema_history");
    }

    @Test
    void recordListsBindEachItem() {
        RuleSettings bound = RuleOptionsBinder.bind(META, RuleSettings.defaults(META),
                Map.of("banned", List.of(Map.of("type", "text", "use", "varchar(n)"), Map.of("type", "json"))));

        assertThat(bound.option(BANNED)).containsExactly(new Ban("text", "varchar(n)"), new Ban("json", null));
        assertThat(BANNED.type().write(bound.option(BANNED)).toString()).contains("type=text");
    }

    @Test
    void mistakesAreRefusedWithWhatWasExpected() {
        assertThatThrownBy(() -> bind(Map.of("maxx", 4)))
                .isInstanceOf(OptionException.class)
                .hasMessage("unknown option 'maxx' for rule types/sample; did you mean 'max'?");
        assertThatThrownBy(() -> bind(Map.of("max", "four")))
                .hasMessage("option 'max': expected an integer, found 'four'");
        assertThatThrownBy(() -> bind(Map.of("max", 0))).hasMessage("option 'max': 'max' must be at least 1");
        assertThatThrownBy(() -> bind(Map.of("severity", "eror")))
                .hasMessage("unknown severity 'eror' (expected error, warning, info or off); did you mean 'error'?");
        assertThatThrownBy(() -> bind(Map.of("mode", "allow")))
                .hasMessage("option 'mode': expected one of forbid, allow-with-index, found 'allow'");
        assertThatThrownBy(() -> bind(Map.of("banned", List.of(Map.of("use", "x")))))
                .hasMessage("option 'banned': ban needs the field 'type'");
        assertThatThrownBy(() -> bind(Map.of("banned", List.of(Map.of("type", "x", "replace", "y")))))
                .hasMessage("option 'banned': unknown field 'replace' in ban; expected type, use");
        assertThatThrownBy(() -> bind(Map.of("exclude", "flyway")))
                .hasMessage("expected a list, found 'flyway'");
    }

    @Test
    void aFileOptionIsReadRelativeToTheConfigurationAndParsedByItsType(@TempDir Path dir) throws IOException {
        OptionSpec<List<String>> words = OptionSpec.of("words", OptionType.fileContent("word list",
                text -> {
                    if (text.contains("!")) {
                        throw new OptionException("line 2: no ! please");
                    }
                    return text.lines().toList();
                }, List.of()), List.of());
        RuleMeta meta = RuleMeta.builder("naming/sample").severity(Severity.OFF).guideline("論物変換").options(words)
                .messages(Message.of("m")).build();
        Files.writeString(dir.resolve("words.txt"), "item\ncd\n");
        Files.writeString(dir.resolve("bad.txt"), "item\n!\n");

        assertThat(RuleOptionsBinder.bind(meta, RuleSettings.defaults(meta), Map.of("words", "words.txt"), dir)
                .option(words)).containsExactly("item", "cd");
        assertThat(RuleOptionsBinder.bind(meta, RuleSettings.defaults(meta), Map.of("words", ""), dir).option(words))
                .isEmpty();
        assertThatThrownBy(() -> RuleOptionsBinder.bind(meta, RuleSettings.defaults(meta), Map.of("words", "nope.txt"),
                dir)).hasMessage("option 'words': cannot read " + dir.resolve("nope.txt") + " (no such file)");
        assertThatThrownBy(() -> RuleOptionsBinder.bind(meta, RuleSettings.defaults(meta), Map.of("words", "bad.txt"),
                dir)).hasMessage("option 'words': bad.txt: line 2: no ! please");
    }

    @Test
    void closestNameOnlySuggestsWhatIsClose() {
        assertThat(ClosestName.closest("naming/table-prefx", List.of("naming/table-prefix", "naming/view-prefix")))
                .contains("naming/table-prefix");
        assertThat(ClosestName.closest("completely-different", List.of("max", "mode"))).isEmpty();
    }

    private static RuleSettings bind(Map<String, Object> data) {
        return RuleOptionsBinder.bind(META, RuleSettings.defaults(META), data);
    }
}

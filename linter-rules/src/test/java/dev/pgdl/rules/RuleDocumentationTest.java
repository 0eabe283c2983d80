package dev.pgdl.rules;

import dev.pgdl.core.api.Pgdl;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The committed rule pages under docs/rules/ are what the generator writes now. */
class RuleDocumentationTest {

    private static final Path DOCS = Path.of("..", "docs", "rules");
    private static final String REGENERATE = "regenerate them: mvn -B -q package -DskipTests && "
            + "java -jar linter-cli/target/pgdl.jar docs --output docs/rules";

    @Test
    void committedPagesAreCurrent() throws IOException {
        Map<String, String> expected = new Pgdl().documentation();
        Map<String, String> committed = committedPages();

        assertThat(committed.keySet()).as("pages under docs/rules/; " + REGENERATE)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((page, text) -> assertThat(committed.get(page))
                .as("docs/rules/%s is stale; %s", page, REGENERATE).isEqualTo(text));
    }

    @Test
    void everyRuleHasAnEnglishAndAJapanesePage() {
        Set<String> pages = new Pgdl().documentation().keySet();

        new Pgdl().rules().forEach(rule -> assertThat(pages).as("pages of " + rule.id())
                .contains(rule.id() + ".md", rule.id() + ".ja.md"));
    }

    private static Map<String, String> committedPages() throws IOException {
        Map<String, String> pages = new TreeMap<>();
        if (!Files.isDirectory(DOCS)) {
            return pages;
        }
        try (Stream<Path> files = Files.walk(DOCS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                pages.put(DOCS.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return pages;
    }
}

package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.ObjectKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    @Test
    void theJapaneseReportHasATextForEveryEnglishOne() throws IOException {
        assertThat(keys("labels_ja.properties")).containsExactlyInAnyOrderElementsOf(keys("labels.properties"));
    }

    @Test
    void everyKindAndReportedSeverityHasALabelInBothLanguages() {
        for (Labels labels : List.of(new Labels(Locale.ENGLISH), new Labels(Locale.JAPANESE))) {
            assertThat(ObjectKind.values()).allSatisfy(kind -> assertThat(labels.kind(kind)).isNotBlank());
            assertThat(HtmlReport.SEVERITIES)
                    .allSatisfy(severity -> assertThat(labels.severity(severity)).isNotBlank());
        }
        assertThat(new Labels(Locale.JAPANESE).kind(ObjectKind.TABLE)).isEqualTo("テーブル");
        assertThat(new Labels(Locale.ENGLISH).kind(ObjectKind.TABLE)).isEqualTo("table");
    }

    private static Set<Object> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(Labels.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts.keySet();
    }
}

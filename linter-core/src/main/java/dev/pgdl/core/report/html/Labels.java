package dev.pgdl.core.report.html;

import dev.pgdl.core.engine.ObjectKind;
import dev.pgdl.core.spi.Severity;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report's own texts in one language, from {@code labels.properties} beside this class. */
final class Labels {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale language;

    Labels(Locale language) {
        this.language = language.getLanguage().equals(Locale.JAPANESE.getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
        this.bundle = ResourceBundle.getBundle(Labels.class.getPackageName() + ".labels",
                this.language == Locale.JAPANESE ? Locale.JAPANESE : Locale.ROOT, NO_FALLBACK);
    }

    /** The language tag of the document: {@code en} or {@code ja}. */
    String languageTag() {
        return language.getLanguage();
    }

    Locale language() {
        return language;
    }

    String get(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), language).format(arguments);
    }

    String severity(Severity severity) {
        return get("severity." + severity.id());
    }

    String kind(ObjectKind kind) {
        return get("kind." + kind.id());
    }
}

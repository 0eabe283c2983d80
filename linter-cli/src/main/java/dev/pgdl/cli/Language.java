package dev.pgdl.cli;

import java.util.Locale;

/** The languages of pgdl's messages, as {@code --lang} spells them. */
enum Language {
    EN(Locale.ENGLISH),
    JA(Locale.JAPANESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    Locale locale() {
        return locale;
    }

    static Language fromSystem() {
        return Locale.getDefault().getLanguage().equals(JA.locale.getLanguage()) ? JA : EN;
    }
}

package dev.pgdl.core.engine;

import dev.pgdl.core.spi.Rule;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts of one rule in one language, from the {@code messages} bundle of the rule's package.
 * English is the base bundle, so {@code --lang en} gives English on a Japanese system.
 */
public final class RuleTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * Reports render one message per finding; bundles are looked up once per rule class and language.
     * This cache and the templates are read with a plain get first: computeIfAbsent would allocate
     * its lambda for every message.
     */
    private static final ClassValue<Map<Locale, RuleTexts>> CACHE = new ClassValue<>() {
        @Override
        protected Map<Locale, RuleTexts> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private final ResourceBundle bundle;

    /** Parsing a pattern costs more than formatting it; a report formats the same few patterns many times. */
    private final Map<String, MessageTemplate> templates = new ConcurrentHashMap<>();

    private RuleTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static RuleTexts of(Rule rule, Locale locale) {
        Class<?> type = rule.getClass();
        Locale bundleLocale = locale.getLanguage().equals("en") ? Locale.ROOT : locale;
        Map<Locale, RuleTexts> texts = CACHE.get(type);
        RuleTexts cached = texts.get(bundleLocale);
        return cached != null ? cached : texts.computeIfAbsent(bundleLocale, key -> new RuleTexts(ResourceBundle
                .getBundle(type.getPackageName() + ".messages", key, type.getClassLoader(), NO_FALLBACK)));
    }

    /** The text under {@code key}, if the bundle has it. */
    public Optional<String> text(String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** The text under {@code key}, or the key itself in brackets so a missing text is visible, never blank. */
    public String require(String key) {
        return text(key).orElse("[" + key + "]");
    }

    public String format(String key, Object... arguments) {
        MessageTemplate cached = templates.get(key);
        MessageTemplate template = cached != null ? cached
                : templates.computeIfAbsent(key, k -> MessageTemplate.of(require(k), bundle.getLocale()));
        return template.format(arguments);
    }
}

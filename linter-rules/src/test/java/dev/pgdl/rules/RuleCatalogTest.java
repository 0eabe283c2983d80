package dev.pgdl.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist every rule passes (STYLE B7): registration, id, texts in both languages, docs and
 * examples, option defaults. Each failure is a sentence naming what is missing.
 */
class RuleCatalogTest {

    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*/[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> BUNDLES = List.of("messages.properties", "messages_ja.properties");
    private static final List<String> RESOURCES = List.of("doc.md", "doc.ja.md", "bad.sql", "good.sql");

    private static final String RULES_PACKAGE = "dev.pgdl.rules.";

    /** The rules of this module; the engine's own rules (parse/unsupported, …) live in core. */
    private static final List<Rule> LOADED = ServiceLoader.load(Rule.class, RuleCatalogTest.class.getClassLoader())
            .stream().map(ServiceLoader.Provider::get)
            .filter(rule -> rule.getClass().getName().startsWith(RULES_PACKAGE)).toList();

    @Test
    void everyRuleClassIsRegisteredAndNothingElse() {
        Set<String> scanned = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.pgdl.rules").stream()
                .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface()
                        && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> registered = LOADED.stream().map(r -> r.getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> failures = new ArrayList<>();
        scanned.stream().filter(c -> !registered.contains(c)).forEach(c -> failures.add(c
                + " is not listed in META-INF/services/dev.pgdl.core.spi.Rule."));
        registered.stream().filter(c -> !scanned.contains(c)).forEach(c -> failures.add(c
                + " is listed in META-INF/services/dev.pgdl.core.spi.Rule but is not a concrete rule class."));
        assertThat(scanned).as("no rule class found").isNotEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void idsAreUniqueWellFormedAndMatchPackageClassAndFolder() {
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Rule rule : rules()) {
            RuleMeta meta = rule.meta();
            String id = meta.id();
            if (!seen.add(id)) {
                failures.add("Two rules have the id " + id + ".");
            }
            if (!ID.matcher(id).matches()) {
                failures.add("The id " + id + " is not of the form category/kebab-name.");
            }
            String packageName = rule.getClass().getPackageName();
            if (!packageName.equals(RULES_PACKAGE + meta.category())) {
                failures.add(id + " lives in package " + packageName + " instead of " + RULES_PACKAGE
                        + meta.category() + ".");
            }
            String expectedClass = camel(meta.shortName()) + "Rule";
            if (!rule.getClass().getSimpleName().equals(expectedClass)) {
                failures.add(id + " is implemented by " + rule.getClass().getSimpleName() + " instead of " + expectedClass + ".");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyTextExistsInEnglishAndJapanese() {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            for (String bundle : BUNDLES) {
                Properties texts = bundle(rule, bundle);
                for (String key : keys(rule.meta())) {
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank() || text.contains("TODO")) {
                        failures.add(describe(rule, bundle) + " has no text for " + key + ".");
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void noKeyWithoutARule() {
        List<String> failures = new ArrayList<>();
        Set<String> declared = rules().stream().flatMap(r -> keys(r.meta()).stream()).collect(Collectors.toSet());
        for (Rule rule : rules()) {
            for (String bundle : BUNDLES) {
                bundle(rule, bundle).stringPropertyNames().stream()
                        .filter(key -> !declared.contains(key))
                        .forEach(key -> failures.add(describe(rule, bundle) + " has the key " + key
                                + ", which no rule declares."));
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyMessageFormatsWithItsArguments() {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            for (String bundle : BUNDLES) {
                Properties texts = bundle(rule, bundle);
                for (Message message : rule.meta().messages()) {
                    String key = message.key(rule.meta().id());
                    String pattern = texts.getProperty(key);
                    if (pattern != null) {
                        checkFormat(describe(rule, bundle) + " " + key, pattern, message, failures);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyRuleHasItsDocsAndExamples() {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            for (String resource : RESOURCES) {
                String path = rule.meta().shortName() + "/" + resource;
                if (rule.getClass().getResource(path) == null) {
                    failures.add(rule.meta().id() + " has no " + path + " beside its class.");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void optionDefaultsPassTheirConstraintsAndRoundTrip() {
        List<String> failures = new ArrayList<>();
        for (Rule rule : rules()) {
            for (OptionSpec<?> option : rule.meta().options()) {
                checkDefault(rule.meta().id(), option, failures);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static <T> void checkDefault(String id, OptionSpec<T> option, List<String> failures) {
        if (!option.constraint().test(option.defaultValue())) {
            failures.add("The default of option " + option.name() + " of " + id + " is not " + option.constraintText() + ".");
        } else if (!option.read(option.type().write(option.defaultValue())).equals(option.defaultValue())) {
            failures.add("The default of option " + option.name() + " of " + id
                    + " reads back differently once written as configuration.");
        }
    }

    private static void checkFormat(String where, String pattern, Message message, List<String> failures) {
        try {
            Object[] samples = IntStream.range(0, message.arguments().size()).mapToObj(i -> "<arg" + i + ">").toArray();
            String formatted = new MessageFormat(pattern, Locale.ROOT).format(samples);
            for (Object sample : samples) {
                if (!formatted.contains((String) sample)) {
                    failures.add(where + " does not show its argument " + sample + " (" + message.arguments() + ").");
                }
            }
            if (new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length > samples.length) {
                failures.add(where + " uses more arguments than its message declares (" + message.arguments() + ").");
            }
        } catch (IllegalArgumentException e) {
            failures.add(where + " is not a valid MessageFormat pattern: " + e.getMessage() + ".");
        }
    }

    private static List<Rule> rules() {
        assertThat(LOADED).as("ServiceLoader found no rule").isNotEmpty();
        return LOADED;
    }

    private static List<String> keys(RuleMeta meta) {
        List<String> keys = new ArrayList<>(List.of(meta.summaryKey()));
        meta.messages().forEach(m -> keys.add(m.key(meta.id())));
        meta.options().forEach(o -> keys.add(o.key(meta.id())));
        return keys;
    }

    private static Properties bundle(Rule rule, String file) {
        Properties texts = new Properties();
        try (InputStream in = rule.getClass().getResourceAsStream(file)) {
            if (in != null) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static String describe(Rule rule, String bundle) {
        return rule.getClass().getPackageName().replace('.', '/') + "/" + bundle;
    }

    private static String camel(String kebab) {
        return Pattern.compile("(^|-)([a-z0-9])").matcher(kebab).replaceAll(m -> m.group(2).toUpperCase(Locale.ROOT));
    }
}

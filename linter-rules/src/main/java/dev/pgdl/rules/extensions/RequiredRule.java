package dev.pgdl.rules.extensions;

import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Extension;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.spi.CatalogRule;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.OptionSpec;
import dev.pgdl.core.spi.OptionType;
import dev.pgdl.core.spi.RuleContext;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The extensions the guideline's 拡張機能 table marks 必須 are installed, and {@code auto_explain},
 * a library rather than an extension, is preloaded.
 */
public final class RequiredRule implements CatalogRule {

    public static final OptionSpec<List<String>> REQUIRED = OptionSpec.of("required", OptionType.stringList(),
            List.of("pg_stat_statements", "pg_hint_plan", "pgaudit"));
    public static final OptionSpec<List<String>> PRELOADED = OptionSpec.of("preloaded", OptionType.stringList(),
            List.of("auto_explain"));

    public static final Message MISSING_EXTENSION = Message.of("missing-extension", "extension", "database");
    public static final Message MISSING_LIBRARY = Message.of("missing-library", "library", "database");
    public static final Message LIBRARIES_HIDDEN = Message.of("libraries-hidden", "database");

    public static final RuleMeta META = RuleMeta.builder("extensions/required")
            .severity(Severity.INFO)
            .guideline("拡張機能")
            .options(REQUIRED, PRELOADED)
            .messages(MISSING_EXTENSION, MISSING_LIBRARY, LIBRARIES_HIDDEN)
            .build();

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(Schema schema, DatabaseState database, RuleContext context) {
        Set<String> installed = schema.extensions().stream().map(Extension::name).collect(Collectors.toSet());
        for (String extension : context.option(REQUIRED)) {
            if (!installed.contains(extension)) {
                context.report(database, MISSING_EXTENSION, extension, database.name());
            }
        }
        List<String> preloaded = context.option(PRELOADED);
        if (preloaded.isEmpty()) {
            return;
        }
        if (database.preloadedLibraries().isEmpty()) {
            context.report(database, LIBRARIES_HIDDEN, database.name());
            return;
        }
        for (String library : preloaded) {
            if (!database.preloadedLibraries().get().contains(library)) {
                context.report(database, MISSING_LIBRARY, library, database.name());
            }
        }
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.engine.SchemaInventory;
import dev.pgdl.core.engine.TableKinds;
import dev.pgdl.core.spi.Rule;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A report context over the engine's built-in rules, for writer tests. */
final class ReportContexts {

    static final List<Rule> RULES = RuleRegistry.load(ReportContexts.class.getClassLoader()).all();

    private ReportContexts() {
    }

    static ReportContext of(List<String> files, String subject) {
        Set<String> ids = RULES.stream().map(rule -> rule.meta().id()).collect(Collectors.toSet());
        RunDescription run = new RunDescription(LintedSource.files(files, files.size()), Instant.now(), "0.1.0",
                ConfigurationSummary.of(Optional.empty(), LintConfig.DEFAULTS, RULES));
        return new ReportContext(Locale.ENGLISH, RULES, ids, files, subject, run,
                SchemaInventory.of(List.of(), TableKinds.DEFAULT), List.of());
    }
}

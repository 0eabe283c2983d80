package dev.pgdl.core.report;

import dev.pgdl.core.engine.RuleRegistry;
import dev.pgdl.core.spi.Rule;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A report context over the engine's built-in rules, for writer tests. */
final class ReportContexts {

    static final List<Rule> RULES = RuleRegistry.load(ReportContexts.class.getClassLoader()).all();

    private ReportContexts() {
    }

    static ReportContext of(List<String> files, String subject) {
        Set<String> ids = RULES.stream().map(rule -> rule.meta().id()).collect(Collectors.toSet());
        return new ReportContext(Locale.ENGLISH, RULES, ids, files, subject);
    }
}

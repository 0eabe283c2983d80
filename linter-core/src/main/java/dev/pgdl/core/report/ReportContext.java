package dev.pgdl.core.report;

import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.SchemaInventory;
import dev.pgdl.core.spi.Rule;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a report writer may need beyond the findings: the language of messages, every rule (for
 * the rule tables of SARIF), the ids of the rules that ran and the files that were read (for the
 * passing test cases of JUnit), the name of what was linted when a finding has no file (an
 * audit's database), and for the HTML report the run's description, every object of the linted
 * schemas and the findings the baseline accepted.
 */
public record ReportContext(Locale language, List<Rule> rules, Set<String> enabledRules, List<String> files,
                            String subject, RunDescription run, SchemaInventory inventory, List<Finding> baselined) {

    public ReportContext {
        rules = List.copyOf(rules);
        enabledRules = Set.copyOf(enabledRules);
        files = List.copyOf(files);
        baselined = List.copyOf(baselined);
    }
}

package dev.pgdl.core.report;

import dev.pgdl.core.engine.Diagnostics;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.LintConfig;
import dev.pgdl.core.engine.RuleSettings;
import dev.pgdl.core.engine.SchemaLinter;
import dev.pgdl.core.engine.fixture.CrashingRule;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.spi.Severity;

import java.util.List;
import java.util.Map;

/** Real findings for report tests: the engine's own diagnostics, with and without a file. */
final class SampleFindings {

    private SampleFindings() {
    }

    static Finding unparsed(Severity severity, String file, int line, int column, String object) {
        LintConfig config = new LintConfig(LintConfig.DEFAULT_TARGET_POSTGRES,
                Map.of("parse/unsupported", new RuleSettings(severity, Map.of(), List.of())));
        return Diagnostics.parseUnsupported(new SourceLocation(file, line, column), object, "CREATE RULE",
                "syntax error", config);
    }

    static Finding ruleFailure() {
        return new SchemaLinter(List.of(new CrashingRule()), LintConfig.DEFAULTS).lint(Schema.EMPTY).get(0);
    }
}

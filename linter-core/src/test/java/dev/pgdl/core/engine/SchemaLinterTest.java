package dev.pgdl.core.engine;

import dev.pgdl.core.engine.fixture.ColumnNameRule;
import dev.pgdl.core.engine.fixture.CrashingRule;
import dev.pgdl.core.engine.fixture.DatabaseNameRule;
import dev.pgdl.core.model.Column;
import dev.pgdl.core.model.DataType;
import dev.pgdl.core.model.DatabaseState;
import dev.pgdl.core.model.Identifier;
import dev.pgdl.core.model.IdentityGeneration;
import dev.pgdl.core.model.OnCommit;
import dev.pgdl.core.model.Persistence;
import dev.pgdl.core.model.QualifiedName;
import dev.pgdl.core.model.Schema;
import dev.pgdl.core.model.SourceLocation;
import dev.pgdl.core.model.Table;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SchemaLinterTest {

    private static final Schema SCHEMA = schemaOf(
            table("t_order", column("order_id", 2), column("amount", 3), column("note", 4)),
            table("flyway_schema_history", column("amount", 10)));

    @Test
    void findingNamesTheColumnByItsDottedIdentityAndPointsAtItsDeclaration() {
        List<Finding> findings = lint(LintConfig.DEFAULTS, new ColumnNameRule());

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
                .extracting(Finding::rule, Finding::object, f -> f.location().toString())
                .containsExactly(
                        tuple("test/column-name", "public.t_order.amount", "schema.sql:3:5"),
                        tuple("test/column-name", "public.flyway_schema_history.amount",
                                "schema.sql:10:5"));
    }

    @Test
    void messagesRenderInEnglishAndJapanese() {
        Finding amount = lint(LintConfig.DEFAULTS, new ColumnNameRule()).get(0);

        assertThat(amount.englishMessage()).isEqualTo("Column amount has a forbidden name; rename it.");
        assertThat(amount.message(Locale.JAPANESE)).isEqualTo("列 amount の名前は禁止されています。名前を変えてください。");
    }

    @Test
    void aFindingReportedAtALowerSeverityKeepsItButNeverRisesAboveTheConfiguredOne() {
        List<Finding> asConfigured = lint(LintConfig.DEFAULTS, new ColumnNameRule());
        List<Finding> whenWarning = lint(config(new RuleSettings(Severity.WARNING, Map.of(), List.of())),
                new ColumnNameRule());
        List<Finding> whenInfo = lint(config(new RuleSettings(Severity.INFO, Map.of(), List.of())), new ColumnNameRule());

        assertThat(severityOf(asConfigured, "public.t_order.note")).isEqualTo(Severity.INFO);
        assertThat(severityOf(whenWarning, "public.t_order.amount")).isEqualTo(Severity.WARNING);
        assertThat(severityOf(whenWarning, "public.t_order.note")).isEqualTo(Severity.INFO);
        assertThat(whenInfo).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void excludeGlobsSkipMatchingObjectsWhetherOrNotTheyNameTheSchema() {
        List<Finding> bareName = lint(config(new RuleSettings(Severity.ERROR, Map.of(), List.of("flyway_*"))),
                new ColumnNameRule());
        List<Finding> qualified = lint(config(new RuleSettings(Severity.ERROR, Map.of(), List.of("public.t_order.*"))),
                new ColumnNameRule());

        assertThat(bareName).extracting(Finding::object).doesNotContain("public.flyway_schema_history.amount")
                .contains("public.t_order.amount");
        assertThat(qualified).extracting(Finding::object).containsExactly("public.flyway_schema_history.amount");
        assertThat(lint(config(new RuleSettings(Severity.ERROR, Map.of(), List.of("amount"))), new ColumnNameRule()))
                .as("a bare column name is not a table").hasSize(3);
    }

    @Test
    void onlyKindsAndExceptKindsFilterFindingsByTheKindOfTheirTable() {
        RuleSettings onlyTransaction = new RuleSettings(Severity.ERROR, Map.of(), List.of(), List.of("transaction"),
                List.of());
        RuleSettings exceptTransaction = new RuleSettings(Severity.ERROR, Map.of(), List.of(), List.of(),
                List.of("transaction"));

        assertThat(lint(config(onlyTransaction), new ColumnNameRule())).extracting(Finding::object)
                .containsExactly("public.t_order.amount", "public.t_order.note");
        assertThat(lint(config(exceptTransaction), new ColumnNameRule())).extracting(Finding::object)
                .as("a table without a known prefix has no kind, so except-kinds keeps it")
                .containsExactly("public.flyway_schema_history.amount");
    }

    @Test
    void configuredOptionsReplaceTheDefaults() {
        LintConfig onlyOrderId = config(new RuleSettings(Severity.ERROR, Map.of("names", List.of("order_id")), List.of()));

        assertThat(lint(onlyOrderId, new ColumnNameRule())).extracting(Finding::object)
                .containsExactly("public.t_order.order_id");
    }

    @Test
    void aRuleSwitchedOffDoesNotRun() {
        LintConfig off = config(new RuleSettings(Severity.OFF, Map.of(), List.of()));

        assertThat(lint(off, new ColumnNameRule())).isEmpty();
    }

    @Test
    void aCrashingRuleBecomesAnErrorFindingAndTheOtherRulesStillRun() {
        List<Finding> findings = lint(LintConfig.DEFAULTS, new CrashingRule(), new ColumnNameRule());

        assertThat(findings).filteredOn(f -> f.rule().equals("pgdl/rule-failure")).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.object()).isEqualTo("test/crashing");
                    assertThat(f.englishMessage()).contains("test/crashing", "boom");
                });
        assertThat(findings).filteredOn(f -> f.rule().equals("test/column-name")).hasSize(3);
    }

    @Test
    void catalogRulesRunOnlyWithALiveDatabaseAndMayReportOnTheDatabaseItself() {
        DatabaseState state = new DatabaseState("app", "17.5", LocalDate.of(2026, 11, 23), "postgres",
                Optional.of(List.of()), true, null, List.of(), List.of());
        SchemaLinter linter = new SchemaLinter(List.of(new DatabaseNameRule(), new ColumnNameRule()), LintConfig.DEFAULTS);

        List<Finding> fromFiles = linter.lint(SCHEMA);
        List<Finding> fromDatabase = linter.lint(SCHEMA, Optional.of(state));

        assertThat(fromFiles).extracting(Finding::rule).doesNotContain("test/database-name").isNotEmpty();
        assertThat(fromDatabase).filteredOn(f -> f.rule().equals("test/database-name"))
                .extracting(Finding::object, Finding::englishMessage)
                .containsExactly(tuple("app", "Database app was audited."));
    }

    private static Severity severityOf(List<Finding> findings, String object) {
        return findings.stream().filter(f -> f.object().equals(object)).findFirst().orElseThrow().severity();
    }

    private static LintConfig config(RuleSettings settings) {
        return new LintConfig(LintConfig.DEFAULT_TARGET_POSTGRES, Map.of(ColumnNameRule.META.id(), settings));
    }

    private static List<Finding> lint(LintConfig config, Rule... rules) {
        return new SchemaLinter(List.of(rules), config).lint(SCHEMA);
    }

    private static Schema schemaOf(Table... tables) {
        return new Schema(List.of(), List.of(tables), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static Table table(String name, Column... columns) {
        return new Table(QualifiedName.of("public", name), Persistence.PERMANENT, null, null, List.of(),
                List.of(columns), List.of(), Map.of(), OnCommit.NONE, false, false, null,
                new SourceLocation("schema.sql", columns[0].location().line() - 1, 1));
    }

    private static Column column(String name, int line) {
        return new Column(Identifier.of(name), DataType.builtIn("bigint"), true, null, IdentityGeneration.NONE, null,
                null, null, new SourceLocation("schema.sql", line, 5));
    }
}

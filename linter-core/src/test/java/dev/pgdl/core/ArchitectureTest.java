package dev.pgdl.core;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rules of DESIGN.md ("Module rules, enforced by ArchUnit tests") and STYLE.md B8. */
@AnalyzeClasses(packagesOf = ArchitectureTest.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "dev.pgdl.core.model..";
    private static final String SPI = "dev.pgdl.core.spi..";
    private static final String ENGINE = "dev.pgdl.core.engine..";
    private static final String DDL = "dev.pgdl.core.ddl..";
    private static final String CATALOG = "dev.pgdl.core.catalog..";
    private static final String CONFIG = "dev.pgdl.core.config..";
    private static final String REPORT = "dev.pgdl.core.report..";
    private static final String BASELINE = "dev.pgdl.core.baseline..";
    private static final String API = "dev.pgdl.core.api..";

    @ArchTest
    static final ArchRule modelDependsOnTheJdkOnly = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..")
            .because("the model is immutable records that both readers build and every rule reads "
                    + "(DESIGN: 'One model, two readers')");

    @ArchTest
    static final ArchRule modelIsValues = classes().that().resideInAPackage(MODEL).and().areNotInterfaces()
            .and().areNotEnums().should().beRecords()
            .because("the model is 'immutable, source-neutral records' (DESIGN) that rules cannot change");

    @ArchTest
    static final ArchRule modelHasNoSetters = noMethods().that().areDeclaredInClassesThat().resideInAPackage(MODEL)
            .should().haveNameMatching("set[A-Z].*")
            .because("a model object changes only into a new object (the with* methods), never in place");

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("model").definedBy(MODEL)
            .layer("spi").definedBy(SPI)
            .layer("engine").definedBy(ENGINE)
            .layer("ddl").definedBy(DDL)
            .layer("catalog").definedBy(CATALOG)
            .layer("config").definedBy(CONFIG)
            .layer("report").definedBy(REPORT)
            .layer("baseline").definedBy(BASELINE)
            .layer("api").definedBy(API)
            .whereLayer("api").mayNotBeAccessedByAnyLayer()
            .whereLayer("ddl").mayOnlyBeAccessedByLayers("api")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("api")
            .whereLayer("config").mayOnlyBeAccessedByLayers("api")
            .whereLayer("report").mayOnlyBeAccessedByLayers("api")
            .whereLayer("baseline").mayOnlyBeAccessedByLayers("api")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("ddl", "catalog", "config", "report", "baseline", "api")
            .whereLayer("spi").mayOnlyBeAccessedByLayers("engine", "ddl", "catalog", "config", "report", "baseline",
                    "api")
            .because("'the CLI and the plugin are thin shells over one shared entry point in core' (DESIGN), and "
                    + "reading, configuration and reporting are independent steps that entry point composes");

    @ArchTest
    static final ArchRule noCycles = slices().matching("dev.pgdl.core.(*)..").should().beFreeOfCycles()
            .because("'Module rules, enforced by ArchUnit tests' (DESIGN) need packages that form layers");

    @ArchTest
    static final ArchRule coreKnowsNothingOfTheFrontEnds = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.maven..")
            .because("'linter-core knows nothing of the CLI or Maven' (DESIGN)");

    @ArchTest
    static final ArchRule jacksonOnlyInConfigReportsAndBaselines = noClasses()
            .that().resideOutsideOfPackages(CONFIG, REPORT, BASELINE)
            .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml..")
            .because("YAML and JSON are formats of 'config (rules.yml)', 'report (one writer per format)' (DESIGN) "
                    + "and the baseline file");

    @ArchTest
    static final ArchRule markdownRenderingOnlyInReports = noClasses().that().resideOutsideOfPackage(REPORT)
            .should().dependOnClassesThat().resideInAPackage("org.commonmark..")
            .because("the HTML report renders the rules' Markdown documentation; 'report (one writer per format)' "
                    + "(DESIGN)");

    @ArchTest
    static final ArchRule jdbcOnlyInTheCatalogReader = noClasses().that().resideOutsideOfPackage(CATALOG)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..")
            .because("'java.sql and the driver only in catalog' (STYLE B8); rules never see JDBC (DESIGN)");

    @ArchTest
    static final ArchRule noStandardStreams = NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
            .because("core writes to the writers the front end gives it ('thin shells over one shared entry point', "
                    + "DESIGN)");

    @ArchTest
    static final ArchRule noJavaUtilLogging = NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING
            .because("problems are findings or error lines the front end shows, never log records (DESIGN: "
                    + "'a statement nobody can parse becomes a clear diagnostic')");

    @ArchTest
    static final ArchRule noGenericExceptions = NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS
            .because("a configuration error must name 'the file, line and column' (DESIGN), which takes a specific "
                    + "exception type");
}

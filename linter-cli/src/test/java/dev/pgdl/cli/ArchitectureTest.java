package dev.pgdl.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md: the CLI is a thin shell over the one entry point in core. */
@AnalyzeClasses(packagesOf = PgdlCommand.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule cliReachesCoreOnlyThroughTheApi = noClasses().that().resideInAPackage("dev.pgdl.cli..")
            .should().dependOnClassesThat(are(resideInAPackage("dev.pgdl..")
                    .and(resideInAnyPackage("dev.pgdl.cli..", "dev.pgdl.core.api..").negate())))
            .because("'the CLI and the plugin are thin shells over one shared entry point in core (same options, "
                    + "same results, same exit semantics)' (DESIGN)");
}

package dev.pgdl.maven;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md: the plugin is a thin shell over the one entry point in core. */
@AnalyzeClasses(packagesOf = CheckMojo.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule pluginReachesCoreOnlyThroughTheApi = noClasses().that().resideInAPackage("dev.pgdl.maven..")
            .should().dependOnClassesThat(are(resideInAPackage("dev.pgdl..")
                    .and(resideInAnyPackage("dev.pgdl.maven..", "dev.pgdl.core.api..").negate())))
            .because("'the CLI and the plugin are thin shells over one shared entry point in core (same options, "
                    + "same results, same exit semantics)' (DESIGN)");
}

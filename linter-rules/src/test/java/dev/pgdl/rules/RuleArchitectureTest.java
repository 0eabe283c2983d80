package dev.pgdl.rules;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pgdl.core.spi.Rule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

/** STYLE B8 items 1 and 2: what rule classes may use and how they are shaped. */
class RuleArchitectureTest {

    private static final String DESIGN = "DESIGN: rules see only `model` and `spi`, never JDBC, JSqlParser, "
            + "files or output; "
            + "STYLE B8 allows named pure libraries: the inflection library (evo-inflector)";

    private static final JavaClasses RULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.pgdl.rules");

    @Test
    void rulesDependOnlyOnTheModelTheSpiAndTheJdkCore() {
        classes().that().resideInAPackage("dev.pgdl.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("dev.pgdl.core.model..",
                        "dev.pgdl.core.spi..", "dev.pgdl.rules..", "java.lang..", "java.util..", "java.math..",
                        "java.time..",
                        "org.atteo.evo.inflector..")
                .because(DESIGN)
                .check(RULES);
    }

    @Test
    void ruleClassesArePublicFinalAndNamedRule() {
        classes().that().implement(Rule.class)
                .should().bePublic().andShould().haveModifier(JavaModifier.FINAL)
                .andShould().haveSimpleNameEndingWith("Rule")
                .andShould(implementExactlyOneSpiInterface())
                .because("STYLE B3: one instance serves every thread, and the SPI interface implemented is the "
                        + "rule's source kind; " + DESIGN)
                .check(RULES);
    }

    @Test
    void ruleClassesAreStateless() {
        fields().that().areDeclaredInClassesThat().implement(Rule.class)
                .should().beStatic().andShould().beFinal()
                .because("STYLE B3: rules are stateless, only static final fields; " + DESIGN)
                .check(RULES);
    }

    private static ArchCondition<JavaClass> implementExactlyOneSpiInterface() {
        return new ArchCondition<>("implement exactly one rule interface of the SPI") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                long count = type.getRawInterfaces().stream()
                        .filter(i -> i.getPackageName().equals(Rule.class.getPackageName()))
                        .filter(i -> i.isAssignableTo(Rule.class))
                        .count();
                events.add(new SimpleConditionEvent(type, count == 1, type.getName() + " implements " + count
                        + " rule interfaces of the SPI instead of exactly one"));
            }
        };
    }
}

package se.inkopsstod;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the bounded contexts apart: another context is reached only through its {@code api}. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.inkopsstod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenancy", "activity", "procurement", "qa", "evaluation", "outcomes", "insights"})
    void contextInternalsAreOnlyUsedInsideTheContext(String context) {
        String root = "se.inkopsstod." + context;
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage(root + ".api.."))
                        .and(resideOutsideOfPackage(root + ".contract..")))
                .allowEmptyShould(true)
                .because("other contexts may only use " + root + ".api and its Kafka contract")
                .check(classes);
    }

    @Test
    void messagesAndSharedTypesAreFreeOfSpringAndPersistence() {
        noClasses().that().resideInAnyPackage("..api..", "..contract..", "se.inkopsstod.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.persistence..", "org.apache.kafka..")
                .check(classes);
    }

    @Test
    void sharedDependsOnNoContext() {
        noClasses().that().resideInAPackage("se.inkopsstod.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("se.inkopsstod.platform..", "se.inkopsstod.tenancy..",
                        "se.inkopsstod.activity..")
                .check(classes);
    }

    @Test
    void kafkaFedReadModelsNeverReadTheEventStoreOrOtherContexts() {
        noClasses().that().resideInAnyPackage("se.inkopsstod.activity..", "se.inkopsstod.insights..")
                .should().dependOnClassesThat(resideInAnyPackage("org.axonframework..", "se.inkopsstod.tenancy..",
                        "se.inkopsstod.procurement..", "se.inkopsstod.qa..", "se.inkopsstod.evaluation..",
                        "se.inkopsstod.outcomes..").and(resideOutsideOfPackage("se.inkopsstod.outcomes.contract..")))
                .because("they are fed by Kafka alone; insights knows outcomes only by its Kafka contract")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void productionCodeNeverUsesTheDevelopmentStack() {
        noClasses().that().resideOutsideOfPackage("se.inkopsstod.devstack..")
                .should().dependOnClassesThat().resideInAPackage("se.inkopsstod.devstack..").check(classes);
    }

    @Test
    void productionCodeNeverMovesAxonsEventClock() {
        noClasses().should().setField(GenericEventMessage.class, "clock")
                .because("events are stamped with the real time; only the demo history (test sources) stamps past moments")
                .check(classes);
    }

    @Test
    void theDemoStaysOutOfProductionCode() {
        noClasses().should().resideInAPackage("..demo..")
                .because("the demo seeders live in the test sources (se.inkopsstod.demo), on the class path of the local run "
                        + "and the tests only")
                .check(classes);
    }
}

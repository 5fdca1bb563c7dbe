package se.inkopsstod;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventhandling.GenericEventMessage;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.SeenBy;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import se.inkopsstod.shared.TenantOwned;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the bounded contexts apart: another context is reached only through its {@code api}. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("se.inkopsstod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tenancy", "activity", "procurement", "outcomes", "insights", "notification"})
    void contextInternalsAreOnlyUsedInsideTheContext(String context) {
        String root = "se.inkopsstod." + context;
        noClasses().that().resideOutsideOfPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage(root + ".api.."))
                        .and(resideOutsideOfPackage(root + ".contract.."))
                        // the procurement gate is how every other context enters a procurement
                        .and(resideOutsideOfPackage("se.inkopsstod.procurement.access..")))
                .because("other contexts may only use " + root + ".api, its Kafka contract and the procurement gate")
                .check(classes);
    }

    @Test
    void controllersOnlyTranslateHttp() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveFullyQualifiedName("se.inkopsstod.platform.web.Commands")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.gateway.CommandGateway")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .because("a controller translates HTTP; its feature's application service sends commands and reads")
                .check(classes);
    }

    @Test
    void theProcurementsSharedModelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("se.inkopsstod.procurement.model..")
                .should().dependOnClassesThat(resideInAPackage("se.inkopsstod.procurement..")
                        .and(resideOutsideOfPackage("se.inkopsstod.procurement.model.."))
                        .and(resideOutsideOfPackage("se.inkopsstod.procurement.api..")))
                .because("every feature may use the shared model; it uses none of them")
                .check(classes);
    }

    @Test
    void procurementsApiHoldsOnlyWhatOtherContextsUse() {
        for (JavaClass type : classes) {
            if (type.getPackageName().equals("se.inkopsstod.procurement.api") && !type.getSimpleName().equals("package-info")
                    && type.getEnclosingClass().isEmpty()) {
                boolean usedOutside = type.getDirectDependenciesToSelf().stream()
                        .map(d -> d.getOriginClass().getPackageName())
                        .anyMatch(p -> !p.startsWith("se.inkopsstod.procurement"));
                boolean usedByApi = type.getDirectDependenciesToSelf().stream()
                        .anyMatch(d -> d.getOriginClass().getPackageName().equals("se.inkopsstod.procurement.api")
                                && !d.getOriginClass().equals(type));
                assertThat(usedOutside || usedByApi).as(type.getSimpleName() + " is used by no other context").isTrue();
            }
        }
    }

    @Test
    void everyEventSaysWhoMayHearOfIt() {
        classes().that().areAnnotatedWith(Revision.class).and().doNotHaveSimpleName("DomainEventEnvelope")
                .should().beAnnotatedWith(SeenBy.class)
                .because("the topic, the activity feed and the live streams filter by the declared audience, never by names")
                .check(classes);
        classes().that().haveSimpleNameEndingWith("Event").and().areRecords()
                .and().resideOutsideOfPackages("..live..", "..platform..", "..contract..")
                .should().beAnnotatedWith(SeenBy.class).andShould().beAnnotatedWith(Revision.class)
                .check(classes);
    }

    @Test
    void procurementFeaturesFormNoCycles() {
        slices().matching("se.inkopsstod.procurement.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void contextsFormNoCycles() {
        slices().matching("se.inkopsstod.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyContextTheRulesNameExists() {
        for (String context : List.of("tenancy", "activity", "procurement", "outcomes", "insights", "platform", "shared",
                "procurement.access")) {
            assertThat(classes.containPackage("se.inkopsstod." + context)).as(context).isTrue();
        }
    }

    @Test
    void platformKnowsNoBusinessContext() {
        noClasses().that().resideInAPackage("se.inkopsstod.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("se.inkopsstod.procurement..", "se.inkopsstod.outcomes..",
                        "se.inkopsstod.insights..", "se.inkopsstod.activity..", "se.inkopsstod.tenancy..")
                .because("platform serves every context; what it needs of them (who is who, tenant scoping) is in shared")
                .check(classes);
    }

    @Test
    void everyAggregateOfATenantsDataIsBehindTheTenantGuard() {
        classes().that().areAnnotatedWith(Aggregate.class)
                .and().doNotHaveSimpleName("PlatformStaff").and().doNotHaveSimpleName("VendorOrganisation")
                .and().doNotHaveSimpleName("RequirementTemplate")
                .should().implement(TenantOwned.class)
                .because("the tenant guard checks each command's tenant against the aggregate's owner (platform staff, "
                        + "vendor organisations and the shared library belong to no tenant)")
                .check(classes);
    }

    @Test
    void routesOfAProcurementTakeTheGatesAccessNotAnId() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areAnnotatedWith(GetMapping.class).or().areAnnotatedWith(PostMapping.class)
                .or().areAnnotatedWith(PutMapping.class).or().areAnnotatedWith(PatchMapping.class)
                .or().areAnnotatedWith(DeleteMapping.class)
                .should(new ArchCondition<JavaMethod>("take a ProcurementAccess when the route names a procurement") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        boolean named = method.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(PathVariable.class)
                                && p.getRawType().isEquivalentTo(String.class) && "procurementId".equals(pathVariableName(p)));
                        if (named) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " reads the procurement id itself instead of taking the gate's ProcurementAccess"));
                        }
                    }
                })
                .check(classes);
    }

    private static String pathVariableName(com.tngtech.archunit.core.domain.JavaParameter parameter) {
        PathVariable variable = parameter.getAnnotationOfType(PathVariable.class);
        String name = !variable.value().isEmpty() ? variable.value() : variable.name();
        return name.isEmpty() ? ((java.lang.reflect.Executable) parameter.getOwner().reflect()).getParameters()[parameter.getIndex()].getName() : name;
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
                        "se.inkopsstod.activity..", "se.inkopsstod.procurement..", "se.inkopsstod.outcomes..",
                        "se.inkopsstod.insights..")
                .check(classes);
    }

    @Test
    void kafkaFedReadModelsNeverReadTheEventStoreOrOtherContexts() {
        noClasses().that().resideInAnyPackage("se.inkopsstod.activity..", "se.inkopsstod.insights..")
                .should().dependOnClassesThat(resideInAnyPackage("org.axonframework..", "se.inkopsstod.tenancy..",
                        "se.inkopsstod.procurement..", "se.inkopsstod.outcomes..").and(resideOutsideOfPackage("se.inkopsstod.outcomes.contract..")))
                .because("they are fed by Kafka alone; insights knows outcomes only by its Kafka contract")
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

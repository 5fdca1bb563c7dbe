package se.inkopsstod.procurement.requirement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.RequirementField;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TemplateRef;
import se.inkopsstod.shared.EditConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.shared.TemplateId;

import java.util.Set;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.NEED;
import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.SARA;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

class RequirementTest {

    private static final RequirementId REQ = RequirementId.of("req-ss12000");
    private static final RequirementContent SS12000 = new RequirementContent(
            "Tjänsten ska kunna ta emot grupper och personer enligt SS 12000.", RequirementKind.MANDATORY, null,
            RequirementCategory.INTEROPERABILITY, "API-dokumentation och test", Set.of(NEED));
    private static final RequirementContent USABILITY = new RequirementContent(
            "Lärare bör kunna rapportera frånvaro med högst tre klick.", RequirementKind.EVALUATED, 20,
            RequirementCategory.FUNCTION, "Användartest", Set.of(NEED));

    private final AggregateTestFixture<Requirement> fixture = TenantGuardedFixture.of(Requirement.class);

    private static RequirementCreatedEvent created(RequirementContent content) {
        return new RequirementCreatedEvent(REQ, TENANT, PROCUREMENT, 1, content, null, JOHAN);
    }

    @Test
    void canCreateFromTemplateRememberingTheRevision() {
        TemplateRef template = new TemplateRef(TemplateId.of("tpl-ss12000"), 3);
        fixture.givenNoPriorActivity()
                .when(new CreateRequirementCommand(REQ, TENANT, PROCUREMENT, 1, SS12000, template, JOHAN))
                .expectEvents(new RequirementCreatedEvent(REQ, TENANT, PROCUREMENT, 1, SS12000, template, JOHAN));
    }

    @Test
    void isWrittenOnlyUnderANumberItsProcurementGave() {
        fixture.givenNoPriorActivity()
                .when(new CreateRequirementCommand(REQ, TENANT, PROCUREMENT, 0, SS12000, null, JOHAN))
                .expectException(InvalidInputException.class);
        fixture.givenNoPriorActivity()
                .when(new CreateRequirementCommand(REQ, TENANT, PROCUREMENT, 7, SS12000, null, JOHAN))
                .expectEvents(new RequirementCreatedEvent(REQ, TENANT, PROCUREMENT, 7, SS12000, null, JOHAN));
    }

    @Test
    void evaluatedRequirementNeedsAWeightInRange() {
        for (Integer weight : new Integer[]{null, 0, -5, 101}) {
            fixture.givenNoPriorActivity()
                    .when(new CreateRequirementCommand(REQ, TENANT, PROCUREMENT, 1, new RequirementContent("Text",
                            RequirementKind.EVALUATED, weight, RequirementCategory.FUNCTION, null, Set.of()), null, JOHAN))
                    .expectException(InvalidInputException.class);
        }
    }

    @Test
    void mandatoryRequirementHasNoWeight() {
        fixture.givenNoPriorActivity()
                .when(new CreateRequirementCommand(REQ, TENANT, PROCUREMENT, 1, new RequirementContent("Text",
                        RequirementKind.MANDATORY, 10, RequirementCategory.FUNCTION, null, Set.of()), null, JOHAN))
                .expectException(InvalidInputException.class);
    }

    @Test
    void becomingMandatoryDropsTheWeight() {
        RequirementContent wanted = new RequirementContent(USABILITY.text(), RequirementKind.MANDATORY, 20,
                USABILITY.category(), USABILITY.verificationMethod(), USABILITY.needIds());
        RequirementContent after = new RequirementContent(USABILITY.text(), RequirementKind.MANDATORY, null,
                USABILITY.category(), USABILITY.verificationMethod(), USABILITY.needIds());
        fixture.given(created(USABILITY))
                .when(new EditRequirementCommand(REQ, TENANT, 1, wanted, Set.of(RequirementField.KIND), SARA, "Sara Nyström"))
                .expectEvents(new RequirementEditedEvent(REQ, TENANT, PROCUREMENT, Set.of(RequirementField.KIND), USABILITY,
                        after, SARA, "Sara Nyström"));
    }

    @Test
    void sameFieldEditedConcurrentlyConflicts() {
        RequirementContent saras = new RequirementContent(USABILITY.text(), USABILITY.kind(), 30, USABILITY.category(),
                USABILITY.verificationMethod(), USABILITY.needIds());
        RequirementContent johans = new RequirementContent(USABILITY.text(), USABILITY.kind(), 5, USABILITY.category(),
                USABILITY.verificationMethod(), USABILITY.needIds());
        fixture.given(created(USABILITY), new RequirementEditedEvent(REQ, TENANT, PROCUREMENT, Set.of(RequirementField.WEIGHT),
                        USABILITY, saras, SARA, "Sara Nyström"))
                .when(new EditRequirementCommand(REQ, TENANT, 1, johans, Set.of(RequirementField.WEIGHT), JOHAN, "Johan Berg"))
                .expectException(EditConflictException.class)
                .expectNoEvents();
    }

    @Test
    void anotherTenantCannotEdit() {
        fixture.given(created(SS12000))
                .when(new EditRequirementCommand(REQ, OTHER_TENANT, 1, SS12000, Set.of(RequirementField.TEXT), JOHAN, "Johan"))
                .expectException(NotFoundException.class);
    }
}

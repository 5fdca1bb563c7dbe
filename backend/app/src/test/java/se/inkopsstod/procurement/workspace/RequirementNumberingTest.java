package se.inkopsstod.procurement.workspace;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.AmendRequirementCommand;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.NumberRequirementCommand;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.RequirementNumberedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.RequirementId;
import se.inkopsstod.testing.TenantGuardedFixture;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.procurementCreated;

/** The procurement numbers its requirements K1, K2 … as they are written, and never gives a number twice. */
class RequirementNumberingTest {

    private static final RequirementId FIRST = RequirementId.of("req-1");
    private static final RequirementId SECOND = RequirementId.of("req-2");
    private static final RequirementId THIRD = RequirementId.of("req-3");
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-30T10:00:00Z");

    private final AggregateTestFixture<Procurement> fixture = TenantGuardedFixture.of(Procurement.class);

    private static RequirementNumberedEvent numbered(RequirementId requirement, int number) {
        return new RequirementNumberedEvent(PROCUREMENT, TENANT, requirement, number);
    }

    private static PublishedRequirement published(RequirementId requirement, int number) {
        return new PublishedRequirement(requirement.value(), number, "Krav " + number, RequirementKind.MANDATORY, null,
                RequirementCategory.FUNCTION, "Intyg");
    }

    @Test
    void numbersRequirementsOneTwoThreeInTheOrderTheyAreWritten() {
        fixture.given(procurementCreated())
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, FIRST, 0))
                .expectEvents(numbered(FIRST, 1))
                .expectResultMessagePayload(1);
        fixture.given(procurementCreated(), numbered(FIRST, 1))
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, SECOND, 0))
                .expectEvents(numbered(SECOND, 2))
                .expectResultMessagePayload(2);
        fixture.given(procurementCreated(), numbered(FIRST, 1), numbered(SECOND, 2))
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, THIRD, 0))
                .expectEvents(numbered(THIRD, 3))
                .expectResultMessagePayload(3);
    }

    @Test
    void aNumberIsNeverGivenAgainAfterItsRequirementIsWithdrawn() {
        // K2 withdrawn from the published set by an amendment: the set keeps K1 and K3, and K2 stays taken
        fixture.given(procurementCreated(), numbered(FIRST, 1), numbered(SECOND, 2), numbered(THIRD, 3),
                        new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.REQUIREMENTS),
                        new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20), EvaluationModel.LOWEST_PRICE,
                                false, List.of(published(FIRST, 1), published(SECOND, 2), published(THIRD, 3)), null))
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, SECOND.value(), null, "Behövs inte", NOW))
                .expectEvents(new RequirementAmendedEvent(PROCUREMENT, TENANT, 1, 2, SECOND.value(), published(SECOND, 2), null,
                        "Behövs inte", false));
        // and the highest number, not the count of requirements standing, decides the next one
        fixture.given(procurementCreated(), numbered(FIRST, 1), numbered(SECOND, 2), numbered(THIRD, 3))
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, RequirementId.of("req-4"), 0))
                .expectEvents(numbered(RequirementId.of("req-4"), 4));
    }

    @Test
    void anAmendmentKeepsTheRequirementsNumber() {
        fixture.given(procurementCreated(), numbered(FIRST, 1), numbered(SECOND, 2),
                        new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.REQUIREMENTS),
                        new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20), EvaluationModel.LOWEST_PRICE,
                                false, List.of(published(FIRST, 1), published(SECOND, 2)), null))
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, SECOND.value(), new PublishedRequirement(SECOND.value(), 1,
                        "Nytt", RequirementKind.MANDATORY, null, RequirementCategory.FUNCTION, "Intyg"), "Förtydligat", NOW))
                .expectException(InvalidInputException.class);
    }

    @Test
    void numbersCarryOnAfterTheRequirementsWrittenBeforeNumbersWereRecorded() {
        fixture.given(procurementCreated())
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, FIRST, 5))
                .expectEvents(numbered(FIRST, 6));
        fixture.given(procurementCreated(), numbered(FIRST, 6))
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, SECOND, 5))
                .expectEvents(numbered(SECOND, 7));
    }

    @Test
    void noRequirementIsNumberedOnceTheTenderIsPublished() {
        fixture.given(procurementCreated(), numbered(FIRST, 1),
                        new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.REQUIREMENTS),
                        new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20), EvaluationModel.LOWEST_PRICE,
                                false, List.of(published(FIRST, 1)), null))
                .when(new NumberRequirementCommand(PROCUREMENT, TENANT, SECOND, 0))
                .expectException(ConflictException.class);
    }

    @Test
    void anotherTenantCannotNumber() {
        fixture.given(procurementCreated())
                .when(new NumberRequirementCommand(PROCUREMENT, OTHER_TENANT, FIRST, 0))
                .expectException(NotFoundException.class);
    }
}

package se.inkopsstod.procurement.workspace;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.procurement.model.AmendRequirementCommand;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.ExtendDeadlineCommand;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.TenderDeadlineExtendedEvent;
import se.inkopsstod.procurement.model.InvitationWithdrawnEvent;
import se.inkopsstod.procurement.model.InviteVendorCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.PublishTenderCommand;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.procurement.model.VendorInvitedEvent;
import se.inkopsstod.procurement.model.WithdrawInvitationCommand;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.VendorOrganisationId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.procurementCreated;

/** Inviting vendors and publishing the tender, with the dates public procurement law asks for. */
class VendorInvitationAndPublicationTest {

    private static final VendorOrganisationId EDULAB = VendorOrganisationId.of("vendor-edulab");
    /** Monday 2 March 2026, 10:00 in Sweden. */
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    /** Deadline Monday 30 March 2026 at noon: answers are due by 24 March (6 days), 26 March if accelerated. */
    private static final Instant DEADLINE = Instant.parse("2026-03-30T10:00:00Z");
    private static final List<PublishedRequirement> REQUIREMENTS = List.of(new PublishedRequirement("req-1", 1,
            "Systemet ska stödja inloggning via Skolfederation.", RequirementKind.MANDATORY, null,
            RequirementCategory.IDENTITY_AND_EID, "Demonstration"));

    private final AggregateTestFixture<Procurement> fixture = TenantGuardedFixture.of(Procurement.class);

    private static PhaseChangedEvent inRequirements() {
        return new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.REQUIREMENTS);
    }

    private static PublishTenderCommand publish(Instant deadline, LocalDate lastQuestionDay, boolean accelerated) {
        return new PublishTenderCommand(PROCUREMENT, TENANT, deadline, lastQuestionDay, EvaluationModel.PRICE_AND_QUALITY,
                accelerated, 500_000L, REQUIREMENTS, NOW);
    }

    @Test
    void canInviteAVendorOnceWhenThereIsSomethingToShow() {
        fixture.given(procurementCreated(), inRequirements())
                .when(new InviteVendorCommand(PROCUREMENT, TENANT, EDULAB))
                .expectEvents(new VendorInvitedEvent(PROCUREMENT, TENANT, EDULAB));
        fixture.given(procurementCreated(), inRequirements(), new VendorInvitedEvent(PROCUREMENT, TENANT, EDULAB))
                .when(new InviteVendorCommand(PROCUREMENT, TENANT, EDULAB))
                .expectNoEvents();
    }

    @Test
    void cannotInviteDuringNeedsAnalysis() {
        fixture.given(procurementCreated())
                .when(new InviteVendorCommand(PROCUREMENT, TENANT, EDULAB))
                .expectException(ConflictException.class);
    }

    @Test
    void anotherTenantCannotInvite() {
        fixture.given(procurementCreated(), inRequirements())
                .when(new InviteVendorCommand(PROCUREMENT, OTHER_TENANT, EDULAB))
                .expectException(NotFoundException.class);
    }

    @Test
    void canWithdrawOnlyAnInvitationThatExists() {
        fixture.given(procurementCreated(), inRequirements(), new VendorInvitedEvent(PROCUREMENT, TENANT, EDULAB))
                .when(new WithdrawInvitationCommand(PROCUREMENT, TENANT, EDULAB))
                .expectEvents(new InvitationWithdrawnEvent(PROCUREMENT, TENANT, EDULAB));
        fixture.given(procurementCreated(), inRequirements())
                .when(new WithdrawInvitationCommand(PROCUREMENT, TENANT, EDULAB))
                .expectException(NotFoundException.class);
    }

    @Test
    void noInvitationIsWithdrawnOnceTheTenderIsPublished() {
        fixture.given(procurementCreated(), inRequirements(), new VendorInvitedEvent(PROCUREMENT, TENANT, EDULAB), published())
                .when(new WithdrawInvitationCommand(PROCUREMENT, TENANT, EDULAB))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage("The tender is published: invitations stand until the procurement ends.");
    }

    @Test
    void publishingFreezesTheRequirementSetAndStartsTendering() {
        fixture.given(procurementCreated(), inRequirements())
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 24), false))
                .expectEvents(new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 24),
                                EvaluationModel.PRICE_AND_QUALITY, false, REQUIREMENTS, 500_000L),
                        new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.REQUIREMENTS, Phase.TENDERING));
    }

    @Test
    void questionsMustCloseInTimeForAnswersSixDaysOrFourIfAcceleratedBeforeTheDeadline() {
        fixture.given(procurementCreated(), inRequirements())
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 25), false))
                .expectException(InvalidInputException.class)
                .expectExceptionMessage("Questions must close by 2026-03-24: answers have to be out 6 days before the tender deadline.");
        fixture.given(procurementCreated(), inRequirements())
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 26), true))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void priceAndQualityNeedsTheMostQualityCanDeduct() {
        fixture.given(procurementCreated(), inRequirements())
                .when(new PublishTenderCommand(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20),
                        EvaluationModel.PRICE_AND_QUALITY, false, null, REQUIREMENTS, NOW))
                .expectException(InvalidInputException.class);
    }

    @Test
    void cannotPublishWithADeadlineOrQuestionDayInThePast() {
        fixture.given(procurementCreated(), inRequirements())
                .when(publish(NOW.minusSeconds(60), LocalDate.of(2026, 3, 2), false))
                .expectException(InvalidInputException.class);
        fixture.given(procurementCreated(), inRequirements())
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 1), false))
                .expectException(InvalidInputException.class);
    }

    @Test
    void cannotPublishTwiceOrWithoutRequirementsOrTooEarly() {
        fixture.given(procurementCreated(), inRequirements(), new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE,
                        LocalDate.of(2026, 3, 20), EvaluationModel.LOWEST_PRICE, false, REQUIREMENTS, null))
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 20), false))
                .expectException(ConflictException.class);
        fixture.given(procurementCreated(), inRequirements())
                .when(new PublishTenderCommand(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20),
                        EvaluationModel.LOWEST_PRICE, false, null, List.of(), NOW))
                .expectException(ConflictException.class);
        fixture.given(procurementCreated())
                .when(publish(DEADLINE, LocalDate.of(2026, 3, 20), false))
                .expectException(ConflictException.class);
    }

    private static TenderPublishedEvent published() {
        return new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2026, 3, 20), EvaluationModel.LOWEST_PRICE,
                false, REQUIREMENTS, null);
    }

    private static PublishedRequirement reworded() {
        return new PublishedRequirement("req-1", 1, "Systemet ska stödja inloggning via Skolfederation med OIDC.",
                RequirementKind.MANDATORY, null, RequirementCategory.IDENTITY_AND_EID, "Demonstration");
    }

    @Test
    void anAmendmentMakesTheNextRequirementSetVersionAndWarnsCloseToTheDeadline() {
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", reworded(), " SAML utgår ", NOW))
                .expectEvents(new RequirementAmendedEvent(PROCUREMENT, TENANT, 1, 2, "req-1", REQUIREMENTS.get(0), reworded(),
                        "SAML utgår", false));
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", null, "Kravet utgår",
                        Instant.parse("2026-03-25T09:00:00Z"))) // after answers were due (24 March)
                .expectEvents(new RequirementAmendedEvent(PROCUREMENT, TENANT, 1, 2, "req-1", REQUIREMENTS.get(0), null,
                        "Kravet utgår", true));
    }

    @Test
    void anAmendmentAnswersWithTheNumberItGot() {
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", reworded(), "SAML utgår", NOW))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1);
        fixture.given(procurementCreated(), inRequirements(), published(),
                        new RequirementAmendedEvent(PROCUREMENT, TENANT, 1, 2, "req-1", REQUIREMENTS.get(0), reworded(),
                                "SAML utgår", false))
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", null, "Kravet utgår", NOW))
                .expectResultMessagePayload(2);
    }

    @Test
    void anAmendmentNeedsAReasonAChangeAPublishedRequirementAndTimeLeft() {
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", reworded(), " ", NOW))
                .expectException(InvalidInputException.class);
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", REQUIREMENTS.get(0), "Ingen ändring", NOW))
                .expectException(ConflictException.class);
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-9", reworded(), "Fel krav", NOW))
                .expectException(NotFoundException.class);
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", reworded(), "För sent", DEADLINE))
                .expectException(ConflictException.class);
        fixture.given(procurementCreated(), inRequirements())
                .when(new AmendRequirementCommand(PROCUREMENT, TENANT, "req-1", reworded(), "Inte publicerat", NOW))
                .expectException(ConflictException.class);
    }

    @Test
    void theDeadlineCanOnlyMoveLater() {
        Instant later = DEADLINE.plusSeconds(7 * 24 * 3600);
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new ExtendDeadlineCommand(PROCUREMENT, TENANT, later, LocalDate.of(2026, 3, 27), NOW))
                .expectEvents(new TenderDeadlineExtendedEvent(PROCUREMENT, TENANT, DEADLINE, later, LocalDate.of(2026, 3, 27)));
        fixture.given(procurementCreated(), inRequirements(), published())
                .when(new ExtendDeadlineCommand(PROCUREMENT, TENANT, DEADLINE.minusSeconds(3600), null, NOW))
                .expectException(InvalidInputException.class);
    }
}

package se.inkopsstod.procurement.evaluation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.EvaluationId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.VendorOrganisationId;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** Scoring, disqualification and the award decision. */
class EvaluationTest {

    private static final EvaluationId EVALUATION = EvaluationId.of("evaluation-1");
    private static final VendorOrganisationId EDULAB = VendorOrganisationId.of("vendor-edulab");
    private static final VendorOrganisationId SKOLSYS = VendorOrganisationId.of("vendor-skolsys");

    private final AggregateTestFixture<Evaluation> fixture = TenantGuardedFixture.of(Evaluation.class);

    @Test
    void anotherTenantCannotTouchTheEvaluation() {
        TenderScoredEvent scored = new TenderScoredEvent(EVALUATION, TENANT, PROCUREMENT, EDULAB, "req-1", 4, null, JOHAN);
        fixture.given(scored)
                .when(new ScoreTenderCommand(EVALUATION, OTHER_TENANT, PROCUREMENT, EDULAB, "req-1", 0, null, JOHAN))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(scored)
                .when(new DecideAwardCommand(EVALUATION, OTHER_TENANT, PROCUREMENT, SKOLSYS, "Skäl"))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theTeamScoresFromZeroToFive() {
        fixture.givenNoPriorActivity()
                .when(new ScoreTenderCommand(EVALUATION, TENANT, PROCUREMENT, EDULAB, "req-1", 4, " Bra demo ", JOHAN))
                .expectEvents(new TenderScoredEvent(EVALUATION, TENANT, PROCUREMENT, EDULAB, "req-1", 4, "Bra demo", JOHAN));
        fixture.givenNoPriorActivity()
                .when(new ScoreTenderCommand(EVALUATION, TENANT, PROCUREMENT, EDULAB, "req-1", 6, null, JOHAN))
                .expectException(InvalidInputException.class);
    }

    @Test
    void aDisqualifiedTenderCannotWinAndTheAwardNeedsReasoning() {
        TenderDisqualifiedEvent out = new TenderDisqualifiedEvent(EVALUATION, TENANT, PROCUREMENT, SKOLSYS, "Ska-krav 1");
        fixture.given(out)
                .when(new DecideAwardCommand(EVALUATION, TENANT, PROCUREMENT, SKOLSYS, "Billigast"))
                .expectException(ConflictException.class);
        fixture.given(out)
                .when(new DecideAwardCommand(EVALUATION, TENANT, PROCUREMENT, EDULAB, " "))
                .expectException(InvalidInputException.class);
        fixture.given(out)
                .when(new DecideAwardCommand(EVALUATION, TENANT, PROCUREMENT, EDULAB, "Lägsta utvärderingspris"))
                .expectEvents(new AwardDecidedEvent(EVALUATION, TENANT, PROCUREMENT, EDULAB, "Lägsta utvärderingspris"));
    }

    @Test
    void nothingChangesOnceTheAwardIsDecided() {
        AwardDecidedEvent awarded = new AwardDecidedEvent(EVALUATION, TENANT, PROCUREMENT, EDULAB, "Skäl");
        fixture.given(awarded)
                .when(new ScoreTenderCommand(EVALUATION, TENANT, PROCUREMENT, EDULAB, "req-1", 1, null, JOHAN))
                .expectException(ConflictException.class);
        fixture.given(awarded)
                .when(new DisqualifyTenderCommand(EVALUATION, TENANT, PROCUREMENT, SKOLSYS, "Sent"))
                .expectException(ConflictException.class);
    }
}

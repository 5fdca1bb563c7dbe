package se.inkopsstod.procurement.workspace;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.Procedure;
import se.inkopsstod.procurement.model.TeamChangedEvent;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.KARIN;
import static se.inkopsstod.procurement.ProcurementFixtures.OTHER_TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.procurementCreated;

class ProcurementTest {

    private final AggregateTestFixture<Procurement> fixture = TenantGuardedFixture.of(Procurement.class);

    @Test
    void canCreateProcurementInNeedsAnalysis() {
        fixture.givenNoPriorActivity()
                .when(new CreateProcurementCommand(PROCUREMENT, TENANT, " Ny lärplattform ", "Ersätter nuvarande plattform",
                        "teaching", Procedure.OPEN, 4_000_000, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 1), JOHAN))
                .expectEvents(procurementCreated());
    }

    @Test
    void cannotPlanAwardBeforeTender() {
        fixture.givenNoPriorActivity()
                .when(new CreateProcurementCommand(PROCUREMENT, TENANT, "X", "", "teaching", Procedure.OPEN, 1,
                        LocalDate.of(2027, 6, 1), LocalDate.of(2027, 3, 1), JOHAN))
                .expectException(InvalidInputException.class);
    }

    @Test
    void movesToTheNextPhase() {
        fixture.given(procurementCreated())
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.MARKET_DIALOGUE, java.time.Instant.now()))
                .expectEvents(new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.MARKET_DIALOGUE));
    }

    @Test
    void mayMoveBackBeforeTenderingButNotAfter() {
        fixture.given(procurementCreated(), new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.NEEDS_ANALYSIS, Phase.REQUIREMENTS))
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.MARKET_DIALOGUE, java.time.Instant.now()))
                .expectEvents(new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.REQUIREMENTS, Phase.MARKET_DIALOGUE));
        fixture.given(procurementCreated(), new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.REQUIREMENTS, Phase.TENDERING))
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.REQUIREMENTS, java.time.Instant.now()))
                .expectException(ConflictException.class);
    }

    @Test
    void evaluationStartsOnlyAfterThePublishedDeadline() {
        java.time.Instant deadline = java.time.Instant.parse("2027-03-30T10:00:00Z");
        se.inkopsstod.procurement.model.TenderPublishedEvent published = new se.inkopsstod.procurement.model.TenderPublishedEvent(
                PROCUREMENT, TENANT, deadline, LocalDate.of(2027, 3, 20), se.inkopsstod.procurement.model.EvaluationModel.LOWEST_PRICE,
                false, java.util.List.of(), null);
        PhaseChangedEvent tendering = new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.REQUIREMENTS, Phase.TENDERING);
        fixture.given(procurementCreated(), tendering, published)
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.EVALUATION, deadline.minusSeconds(60)))
                .expectNoEvents()
                .expectException(ConflictException.class)
                .expectExceptionMessage("Evaluation starts after the tender deadline (2027-03-30T10:00:00Z): tenders may still be submitted until then.");
        fixture.given(procurementCreated(), tendering, published)
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.EVALUATION, deadline))
                .expectEvents(new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.TENDERING, Phase.EVALUATION));
    }

    @Test
    void cannotJumpFromNeedsAnalysisToAward() {
        fixture.given(procurementCreated())
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.AWARDED, java.time.Instant.now()))
                .expectException(ConflictException.class)
                .expectNoEvents();
    }

    @Test
    void closedIsFinal() {
        assertThat(Phase.CLOSED.next()).isEmpty();
        assertThat(Phase.FOLLOW_UP.next()).containsExactly(Phase.CLOSED);
    }

    @Test
    void teamChangesAreRecordedAsAddedAndRemoved() {
        fixture.given(procurementCreated())
                .when(new SetTeamCommand(PROCUREMENT, TENANT, Set.of(KARIN)))
                .expectEvents(new TeamChangedEvent(PROCUREMENT, TENANT, Set.of(KARIN), Set.of(KARIN), Set.of(JOHAN)));
    }

    @Test
    void teamCannotBeEmpty() {
        fixture.given(procurementCreated())
                .when(new SetTeamCommand(PROCUREMENT, TENANT, Set.of()))
                .expectException(InvalidInputException.class);
    }

    @Test
    void anotherTenantCannotMoveThePhase() {
        fixture.given(procurementCreated())
                .when(new ChangePhaseCommand(PROCUREMENT, OTHER_TENANT, Phase.MARKET_DIALOGUE, java.time.Instant.now()))
                .expectException(NotFoundException.class);
    }
}

package se.inkopsstod.procurement.workspace;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.AwardProcurementCommand;
import se.inkopsstod.procurement.model.ContractSignedEvent;
import se.inkopsstod.procurement.model.EvaluationModel;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.RecordContractSignedCommand;
import se.inkopsstod.procurement.model.StandstillStartedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.testing.TenantGuardedFixture;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;
import static se.inkopsstod.procurement.ProcurementFixtures.procurementCreated;

/** After the award decision: the procurement moves on by itself, and no contract before the standstill period has ended. */
class AwardAndStandstillTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-30T10:00:00Z");
    private static final Instant DECIDED = Instant.parse("2027-04-12T09:00:00Z");
    private static final Instant ENDS = DECIDED.plus(Duration.ofDays(10));

    private final AggregateTestFixture<Procurement> fixture = TenantGuardedFixture.of(Procurement.class);

    private static Object[] inEvaluation() {
        return new Object[]{procurementCreated(), new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.REQUIREMENTS, Phase.TENDERING),
                new TenderPublishedEvent(PROCUREMENT, TENANT, DEADLINE, LocalDate.of(2027, 3, 20), EvaluationModel.LOWEST_PRICE, false,
                        List.of(), null),
                new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.TENDERING, Phase.EVALUATION)};
    }

    private Object[] awarded() {
        Object[] before = inEvaluation();
        Object[] all = java.util.Arrays.copyOf(before, before.length + 2);
        all[before.length] = new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.EVALUATION, Phase.AWARDED);
        all[before.length + 1] = new StandstillStartedEvent(PROCUREMENT, TENANT, DECIDED, ENDS);
        return all;
    }

    @Test
    void theAwardDecisionMovesThePublishedProcurementToAwardedAndStartsTheStandstill() {
        fixture.given(inEvaluation())
                .when(new AwardProcurementCommand(PROCUREMENT, TENANT, DECIDED, ENDS))
                .expectEvents(new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.EVALUATION, Phase.AWARDED),
                        new StandstillStartedEvent(PROCUREMENT, TENANT, DECIDED, ENDS));
        fixture.given(awarded())
                .when(new AwardProcurementCommand(PROCUREMENT, TENANT, DECIDED, ENDS))
                .expectNoEvents();
    }

    @Test
    void aPublishedProcurementIsNotMovedToAwardedOrImplementationByHand() {
        fixture.given(inEvaluation())
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.AWARDED, DECIDED))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The procurement becomes awarded when the award is decided in the evaluation.");
        fixture.given(awarded())
                .when(new ChangePhaseCommand(PROCUREMENT, TENANT, Phase.IMPLEMENTATION, ENDS.plusSeconds(1)))
                .expectException(ConflictException.class);
    }

    @Test
    void theContractIsSignedOnlyAfterTheStandstillAndImplementationBegins() {
        fixture.given(awarded())
                .when(new RecordContractSignedCommand(PROCUREMENT, TENANT, ENDS.minusSeconds(1), JOHAN))
                .expectException(ConflictException.class)
                .expectExceptionMessage("The standstill period runs until 2027-04-22T09:00:00Z: the contract may be signed only after it.");
        fixture.given(awarded())
                .when(new RecordContractSignedCommand(PROCUREMENT, TENANT, ENDS, JOHAN))
                .expectEvents(new ContractSignedEvent(PROCUREMENT, TENANT, ENDS, JOHAN),
                        new PhaseChangedEvent(PROCUREMENT, TENANT, Phase.AWARDED, Phase.IMPLEMENTATION));
        fixture.given(inEvaluation())
                .when(new RecordContractSignedCommand(PROCUREMENT, TENANT, ENDS, JOHAN))
                .expectException(ConflictException.class);
    }
}

package se.inkopsstod.procurement.tender;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.ForbiddenException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.OpeningId;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.testing.TenantGuardedFixture;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** Two appointed openers open the tenders together, after the deadline, once. */
class TenderOpeningTest {

    private static final OpeningId OPENING = OpeningId.of("opening-1");
    private static final PersonId EVA = PersonId.of("eva");
    private static final PersonId OLLE = PersonId.of("olle");
    private static final PersonId KIM = PersonId.of("kim");
    private static final Instant DEADLINE = Instant.parse("2027-02-15T11:00:00Z");
    private static final Instant AFTER = DEADLINE.plusSeconds(3600);
    private static final List<TendersOpenedEvent.OpenedTender> RECORD = List.of(
            new TendersOpenedEvent.OpenedTender("vendor-1", "Edulab AB", DEADLINE.minusSeconds(60), 820_000));

    private final AggregateTestFixture<TenderOpening> fixture = TenantGuardedFixture.of(TenderOpening.class);

    private static OpenersAppointedEvent appointed(PersonId... openers) {
        return new OpenersAppointedEvent(OPENING, TENANT, PROCUREMENT, Set.of(openers), EVA);
    }

    private static ConfirmOpeningCommand confirm(PersonId by, Instant now) {
        return new ConfirmOpeningCommand(OPENING, TENANT, by, DEADLINE, now, RECORD);
    }

    @Test
    void theSecondOpenersConfirmationOpensTheTendersAndRecordsBothAndWhatWasOpened() {
        fixture.givenNoPriorActivity()
                .when(new AppointOpenersCommand(OPENING, TENANT, PROCUREMENT, Set.of(EVA, OLLE), EVA))
                .expectEvents(appointed(EVA, OLLE));
        fixture.given(appointed(EVA, OLLE))
                .when(confirm(EVA, AFTER))
                .expectEvents(new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, EVA, AFTER));
        fixture.given(appointed(EVA, OLLE), new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, EVA, AFTER))
                .when(confirm(OLLE, AFTER.plusSeconds(5)))
                .expectEvents(new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, OLLE, AFTER.plusSeconds(5)),
                        new TendersOpenedEvent(OPENING, TENANT, PROCUREMENT, DEADLINE, RECORD, List.of(EVA, OLLE),
                                AFTER.plusSeconds(5)));
    }

    @Test
    void oneOpenerConfirmingTwiceDoesNotOpenAlone() {
        fixture.given(appointed(EVA, OLLE), new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, EVA, AFTER))
                .when(confirm(EVA, AFTER.plusSeconds(5)))
                .expectNoEvents();
    }

    @Test
    void fewerThanTwoOpenersNobodyElseAndNotBeforeTheDeadline() {
        fixture.givenNoPriorActivity()
                .when(new AppointOpenersCommand(OPENING, TENANT, PROCUREMENT, Set.of(EVA), EVA))
                .expectException(InvalidInputException.class);
        fixture.given(appointed(EVA, OLLE))
                .when(confirm(KIM, AFTER))
                .expectException(ForbiddenException.class);
        fixture.given(appointed(EVA, OLLE))
                .when(confirm(EVA, DEADLINE.minusSeconds(1)))
                .expectException(ConflictException.class)
                .expectExceptionMessage("Tenders can be opened only once the tender deadline has passed.");
    }

    @Test
    void aNewAppointmentStartsTheConfirmationsOverAndNothingChangesOnceOpened() {
        fixture.given(appointed(EVA, OLLE), new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, EVA, AFTER),
                        appointed(OLLE, KIM))
                .when(confirm(OLLE, AFTER))
                .expectEvents(new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, OLLE, AFTER));
        fixture.given(appointed(EVA, OLLE), new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, EVA, AFTER),
                        new OpeningConfirmedEvent(OPENING, TENANT, PROCUREMENT, OLLE, AFTER),
                        new TendersOpenedEvent(OPENING, TENANT, PROCUREMENT, DEADLINE, RECORD, List.of(EVA, OLLE), AFTER))
                .when(new AppointOpenersCommand(OPENING, TENANT, PROCUREMENT, Set.of(KIM, OLLE), EVA))
                .expectException(ConflictException.class);
    }
}

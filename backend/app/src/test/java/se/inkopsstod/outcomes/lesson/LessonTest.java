package se.inkopsstod.outcomes.lesson;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.outcomes.api.LessonApprovedEvent;
import se.inkopsstod.outcomes.api.LessonCategory;
import se.inkopsstod.outcomes.api.LessonRejectedEvent;
import se.inkopsstod.outcomes.api.LessonResubmittedEvent;
import se.inkopsstod.outcomes.api.ResubmitLessonCommand;
import se.inkopsstod.outcomes.api.LessonRevisedEvent;
import se.inkopsstod.outcomes.api.LessonSubmittedEvent;
import se.inkopsstod.outcomes.api.RejectLessonCommand;
import se.inkopsstod.outcomes.api.ReviseLessonCommand;
import se.inkopsstod.outcomes.api.SubmitLessonCommand;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.TenantId;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** A lesson is not empty, is decided once, and a rejection says why. */
class LessonTest {

    private static final LessonId LESSON = LessonId.of("lesson-1");
    private static final LessonSubmittedEvent SUBMITTED = new LessonSubmittedEvent(LESSON, TENANT, PROCUREMENT, "Dialog tidigt",
            null, LessonCategory.MARKET_DIALOGUE, Phase.MARKET_DIALOGUE, JOHAN);

    private final AggregateTestFixture<Lesson> fixture = TenantGuardedFixture.of(Lesson.class);

    @Test
    void anEmptyLessonIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitLessonCommand(LESSON, TENANT, PROCUREMENT, " ", "", LessonCategory.REQUIREMENTS, Phase.REQUIREMENTS, JOHAN))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SubmitLessonCommand(LESSON, TENANT, PROCUREMENT, " Dialog tidigt ", " ", LessonCategory.MARKET_DIALOGUE,
                        Phase.MARKET_DIALOGUE, JOHAN))
                .expectEvents(SUBMITTED);
    }

    @Test
    void staffReviseThenDecideOnceAndARejectionNeedsAReason() {
        fixture.given(SUBMITTED)
                .when(new ReviseLessonCommand(LESSON, "Dialog tidigt.", "Boka i tid.", LessonCategory.MARKET_DIALOGUE))
                .expectEvents(new LessonRevisedEvent(LESSON, "Dialog tidigt.", "Boka i tid.", LessonCategory.MARKET_DIALOGUE));
        fixture.given(SUBMITTED).when(new RejectLessonCommand(LESSON, " ")).expectException(InvalidInputException.class);
        fixture.given(SUBMITTED).when(new RejectLessonCommand(LESSON, "För allmän")).expectEvents(new LessonRejectedEvent(LESSON, "För allmän"));
        fixture.given(SUBMITTED, new LessonApprovedEvent(LESSON))
                .when(new RejectLessonCommand(LESSON, "Ångrar"))
                .expectException(ConflictException.class);
        fixture.given(SUBMITTED, new LessonApprovedEvent(LESSON))
                .when(new ReviseLessonCommand(LESSON, "x", null, LessonCategory.REQUIREMENTS))
                .expectException(ConflictException.class);
        fixture.given(SUBMITTED).when(new ApproveLessonCommand(LESSON)).expectEvents(new LessonApprovedEvent(LESSON));
    }

    @Test
    void aRejectedLessonIsEditedAndSubmittedAgainByItsOwnTenantOnly() {
        LessonRejectedEvent rejected = new LessonRejectedEvent(LESSON, "För allmän");
        ResubmitLessonCommand again = new ResubmitLessonCommand(LESSON, TENANT, " Dialog tidigt, med två leverantörer. ", null,
                LessonCategory.MARKET_DIALOGUE, JOHAN);
        fixture.given(SUBMITTED, rejected).when(again).expectEvents(new LessonResubmittedEvent(LESSON, TENANT,
                "Dialog tidigt, med två leverantörer.", null, LessonCategory.MARKET_DIALOGUE, JOHAN));
        fixture.given(SUBMITTED, rejected)
                .when(new ResubmitLessonCommand(LESSON, TenantId.of("another-tenant"), "x", null, LessonCategory.MARKET_DIALOGUE, JOHAN))
                .expectException(NotFoundException.class).expectNoEvents();
        fixture.given(SUBMITTED).when(again).expectException(ConflictException.class).expectNoEvents();
        fixture.given(SUBMITTED, new LessonApprovedEvent(LESSON)).when(again).expectException(ConflictException.class);
        fixture.given(SUBMITTED, rejected).when(new ResubmitLessonCommand(LESSON, TENANT, " ", null, LessonCategory.MARKET_DIALOGUE, JOHAN))
                .expectException(InvalidInputException.class);
        // submitted again, it is decided anew: approved, or rejected once more and resubmitted again
        fixture.given(SUBMITTED, rejected, new LessonResubmittedEvent(LESSON, TENANT, "Bättre", null, LessonCategory.MARKET_DIALOGUE, JOHAN))
                .when(new ApproveLessonCommand(LESSON)).expectEvents(new LessonApprovedEvent(LESSON));
        fixture.given(SUBMITTED, rejected, new LessonResubmittedEvent(LESSON, TENANT, "Bättre", null, LessonCategory.MARKET_DIALOGUE, JOHAN))
                .when(again).expectException(ConflictException.class);
    }
}

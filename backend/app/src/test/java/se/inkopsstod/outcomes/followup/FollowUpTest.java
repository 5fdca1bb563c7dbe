package se.inkopsstod.outcomes.followup;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import se.inkopsstod.testing.TenantGuardedFixture;
import se.inkopsstod.outcomes.api.AnswerSurveyCommand;
import se.inkopsstod.outcomes.api.CloseFollowUpCommand;
import se.inkopsstod.outcomes.api.FollowUpClosedEvent;
import se.inkopsstod.outcomes.api.FollowUpFactsRecordedEvent;
import se.inkopsstod.outcomes.api.FollowUpOpenedEvent;
import se.inkopsstod.outcomes.api.IndicatorOutcomeRecordedEvent;
import se.inkopsstod.outcomes.api.RecordFollowUpFactsCommand;
import se.inkopsstod.outcomes.api.RecordIndicatorOutcomeCommand;
import se.inkopsstod.outcomes.api.SurveyAnsweredEvent;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static se.inkopsstod.procurement.ProcurementFixtures.JOHAN;
import static se.inkopsstod.procurement.ProcurementFixtures.NEED;
import static se.inkopsstod.procurement.ProcurementFixtures.PROCUREMENT;
import static se.inkopsstod.procurement.ProcurementFixtures.SARA;
import static se.inkopsstod.procurement.ProcurementFixtures.TENANT;

/** Outcomes within their scales, one survey answer per person, nothing after closing. */
class FollowUpTest {

    private static final FollowUpId FOLLOW_UP = FollowUpId.of("follow-up-1");
    private static final FollowUpOpenedEvent OPENED = new FollowUpOpenedEvent(FOLLOW_UP, TENANT, PROCUREMENT, JOHAN);
    private static final Map<SurveyQuestion, Integer> FOURS = Map.of(SurveyQuestion.EASE_OF_USE, 4,
            SurveyQuestion.SUPPORTS_WORK, 4, SurveyQuestion.RELIABILITY, 4, SurveyQuestion.VENDOR_SUPPORT, 4);

    private final AggregateTestFixture<FollowUp> fixture = TenantGuardedFixture.of(FollowUp.class);

    @Test
    void benefitRealisedIsAPercentage() {
        LocalDate may = LocalDate.of(2027, 5, 30);
        fixture.given(OPENED)
                .when(new RecordIndicatorOutcomeCommand(FOLLOW_UP, TENANT, PROCUREMENT, NEED, BigDecimal.valueOf(75), may, " Enkät ", 70, JOHAN))
                .expectEvents(new IndicatorOutcomeRecordedEvent(FOLLOW_UP, TENANT, PROCUREMENT, NEED, BigDecimal.valueOf(75), may, "Enkät", 70, JOHAN));
        fixture.given(OPENED)
                .when(new RecordIndicatorOutcomeCommand(FOLLOW_UP, TENANT, PROCUREMENT, NEED, BigDecimal.ONE, may, null, 101, JOHAN))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void aCostThatCannotBePerPupilAndYearIsRefusedAsTheWrongUnit() {
        fixture.given(OPENED)
                .when(new RecordFollowUpFactsCommand(FOLLOW_UP, TENANT, PROCUREMENT, null, null, null, 2_400_000L, null, null, JOHAN))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(OPENED)
                .when(new RecordFollowUpFactsCommand(FOLLOW_UP, TENANT, PROCUREMENT, 6, null, null, null, null, null, JOHAN))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(OPENED)
                .when(new RecordFollowUpFactsCommand(FOLLOW_UP, TENANT, PROCUREMENT, 4, "", 82, 120L, true, false, JOHAN))
                .expectEvents(new FollowUpFactsRecordedEvent(FOLLOW_UP, TENANT, PROCUREMENT, 4, null, 82, 120L, true, false, JOHAN));
    }

    @Test
    void eachPersonAnswersTheSurveyOnceAndMayChangeTheAnswer() {
        SurveyAnsweredEvent saras = new SurveyAnsweredEvent(FOLLOW_UP, TENANT, PROCUREMENT, SARA, FOURS, null);
        fixture.given(OPENED, saras)
                .when(new AnswerSurveyCommand(FOLLOW_UP, TENANT, PROCUREMENT, SARA, FOURS, "Igen", false))
                .expectException(ConflictException.class).expectNoEvents();
        fixture.given(OPENED, saras)
                .when(new AnswerSurveyCommand(FOLLOW_UP, TENANT, PROCUREMENT, SARA, FOURS, "Ändrat", true))
                .expectEvents(new SurveyAnsweredEvent(FOLLOW_UP, TENANT, PROCUREMENT, SARA, FOURS, "Ändrat"));
        fixture.given(OPENED)
                .when(new AnswerSurveyCommand(FOLLOW_UP, TENANT, PROCUREMENT, SARA, Map.of(SurveyQuestion.EASE_OF_USE, 4), null, false))
                .expectException(InvalidInputException.class).expectNoEvents();
        fixture.given(OPENED)
                .when(new AnswerSurveyCommand(FOLLOW_UP, TENANT, PROCUREMENT, JOHAN, Map.of(SurveyQuestion.EASE_OF_USE, 0,
                        SurveyQuestion.SUPPORTS_WORK, 4, SurveyQuestion.RELIABILITY, 4, SurveyQuestion.VENDOR_SUPPORT, 4), null, false))
                .expectException(InvalidInputException.class).expectNoEvents();
    }

    @Test
    void nothingIsRecordedAfterClosing() {
        FollowUpClosedEvent closed = new FollowUpClosedEvent(FOLLOW_UP, TENANT, PROCUREMENT, JOHAN);
        fixture.given(OPENED).when(new CloseFollowUpCommand(FOLLOW_UP, TENANT, PROCUREMENT, JOHAN)).expectEvents(closed);
        fixture.given(OPENED, closed)
                .when(new AnswerSurveyCommand(FOLLOW_UP, TENANT, PROCUREMENT, SARA, FOURS, null, false))
                .expectException(ConflictException.class);
        fixture.given(OPENED, closed)
                .when(new CloseFollowUpCommand(FOLLOW_UP, TENANT, PROCUREMENT, JOHAN))
                .expectException(ConflictException.class);
    }
}

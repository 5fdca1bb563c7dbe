package se.inkopsstod.outcomes.followup;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.outcomes.api.AnswerSurveyCommand;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.outcomes.api.CloseFollowUpCommand;
import se.inkopsstod.outcomes.api.FollowUpClosedEvent;
import se.inkopsstod.outcomes.api.FollowUpFactsRecordedEvent;
import se.inkopsstod.outcomes.api.FollowUpOpenedEvent;
import se.inkopsstod.outcomes.api.IndicatorOutcomeRecordedEvent;
import se.inkopsstod.outcomes.api.OpenFollowUpCommand;
import se.inkopsstod.outcomes.api.RecordFollowUpFactsCommand;
import se.inkopsstod.outcomes.api.RecordIndicatorOutcomeCommand;
import se.inkopsstod.outcomes.api.SurveyAnsweredEvent;
import se.inkopsstod.outcomes.api.SurveyQuestion;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.FollowUpId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.PersonId;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The follow-up of one procurement's outcome. Guards what would make the shared benchmarks wrong:
 * ratings and percentages within their scales, a cost per pupil that is plausibly per pupil and
 * year in kronor, one survey answer per person (changed, never doubled), nothing after closing.
 */
@Aggregate
class FollowUp implements TenantOwned {

    /** More than this per pupil and year is almost surely a total contract value or öre, not kronor per pupil. */
    static final long MAX_YEARLY_COST_PER_PUPIL_SEK = 20_000;

    @AggregateIdentifier
    private FollowUpId followUpId;
    private TenantId tenantId;
    private boolean closed;
    private final Set<PersonId> respondents = new HashSet<>();

    FollowUp() {
        // for Axon
    }

    @CommandHandler
    FollowUp(OpenFollowUpCommand command) {
        apply(new FollowUpOpenedEvent(command.followUpId(), command.tenantId(), command.procurementId(), command.by()));
    }

    @CommandHandler
    void handle(RecordIndicatorOutcomeCommand command) {
        requireOpen();
        requireRange("benefitRealisedPercent", command.benefitRealisedPercent(), 0, 100, "Benefit realised is a percentage from 0 to 100.");
        if (command.realisedValue() == null) {
            throw new InvalidInputException("follow-up.value-missing", "realisedValue", "Give the value the indicator measured.");
        }
        if (command.measuredOn() == null) {
            throw new InvalidInputException("follow-up.date-missing", "measuredOn", "Say when the value was measured.");
        }
        apply(new IndicatorOutcomeRecordedEvent(command.followUpId(), command.tenantId(), command.procurementId(),
                command.needId(), command.realisedValue(), command.measuredOn(), blankToNull(command.source()),
                command.benefitRealisedPercent(), command.by()));
    }

    @CommandHandler
    void handle(RecordFollowUpFactsCommand command) {
        requireOpen();
        if (command.deliveryQuality() != null) {
            requireRange("deliveryQuality", command.deliveryQuality(), 1, 5, "Delivery and support quality is rated 1 to 5.");
        }
        if (command.adoptionPercent() != null) {
            requireRange("adoptionPercent", command.adoptionPercent(), 0, 100,
                    "Adoption is the share of intended users who are active, as a percentage from 0 to 100.");
        }
        Long cost = command.yearlyCostPerPupilSek();
        if (cost != null && (cost < 0 || cost > MAX_YEARLY_COST_PER_PUPIL_SEK)) {
            throw new InvalidInputException("follow-up.cost-unit", "yearlyCostPerPupilSek",
                    "The cost is per pupil and year, in kronor (0 to " + MAX_YEARLY_COST_PER_PUPIL_SEK
                            + "). A larger figure is probably the total contract value or in öre.")
                    .withArguments(MAX_YEARLY_COST_PER_PUPIL_SEK);
        }
        apply(new FollowUpFactsRecordedEvent(command.followUpId(), command.tenantId(), command.procurementId(),
                command.deliveryQuality(), blankToNull(command.deliveryComment()), command.adoptionPercent(), cost,
                command.openFormatExport(), command.exitPlanDocumented(), command.by()));
    }

    @CommandHandler
    void handle(AnswerSurveyCommand command) {
        requireOpen();
        boolean answered = respondents.contains(command.respondent());
        if (answered && !command.revision()) {
            throw new ConflictException("survey.already-answered", "You have already answered; change your answer instead.");
        }
        if (!answered && command.revision()) {
            throw new ConflictException("survey.no-answer", "You have not answered yet.");
        }
        Map<SurveyQuestion, Integer> ratings = new EnumMap<>(SurveyQuestion.class);
        for (SurveyQuestion question : SurveyQuestion.values()) {
            Integer rating = command.ratings() == null ? null : command.ratings().get(question);
            if (rating == null) {
                throw new InvalidInputException("survey.rating-missing", "ratings." + question, "Answer every question (1 to 5).");
            }
            requireRange("ratings." + question, rating, 1, 5, "Each answer is from 1 to 5.");
            ratings.put(question, rating);
        }
        apply(new SurveyAnsweredEvent(command.followUpId(), command.tenantId(), command.procurementId(), command.respondent(),
                Map.copyOf(ratings), blankToNull(command.comment())));
    }

    @CommandHandler
    void handle(CloseFollowUpCommand command) {
        requireOpen();
        apply(new FollowUpClosedEvent(command.followUpId(), command.tenantId(), command.procurementId(), command.by()));
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(FollowUpOpenedEvent event) {
        tenantId = event.tenantId();
        followUpId = event.followUpId();
    }

    @EventSourcingHandler
    void on(SurveyAnsweredEvent event) {
        respondents.add(event.respondent());
    }

    @EventSourcingHandler
    void on(FollowUpClosedEvent event) {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new ConflictException("follow-up.closed", "The follow-up is closed; nothing more can be recorded.");
        }
    }

    private static void requireRange(String field, int value, int min, int max, String message) {
        if (value < min || value > max) {
            throw new InvalidInputException("follow-up.out-of-range", field, message)
                    .withMessageKey("follow-up.out-of-range." + (field.startsWith("ratings.") ? "rating" : field));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

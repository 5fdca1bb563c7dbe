package se.inkopsstod.outcomes.lesson;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.outcomes.api.ApproveLessonCommand;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.outcomes.api.LessonApprovedEvent;
import se.inkopsstod.outcomes.api.LessonRejectedEvent;
import se.inkopsstod.outcomes.api.LessonResubmittedEvent;
import se.inkopsstod.outcomes.api.ResubmitLessonCommand;
import se.inkopsstod.outcomes.api.LessonRevisedEvent;
import se.inkopsstod.outcomes.api.LessonSubmittedEvent;
import se.inkopsstod.outcomes.api.RejectLessonCommand;
import se.inkopsstod.outcomes.api.ReviseLessonCommand;
import se.inkopsstod.outcomes.api.SubmitLessonCommand;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.LessonId;
import se.inkopsstod.shared.NotFoundException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A lesson learned on its way out of the tenant: submitted (already anonymised), possibly edited
 * by association staff, then approved for every tenant or rejected with a reason. An approval is
 * final; a rejected lesson may be edited by its own tenant and submitted again, and is then decided anew.
 */
@Aggregate
class Lesson implements TenantOwned {

    static final int MAX_TEXT = 4000;

    @AggregateIdentifier
    private LessonId lessonId;
    private TenantId tenantId;
    private boolean decided;
    private boolean rejected;

    Lesson() {
        // for Axon
    }

    @CommandHandler
    Lesson(SubmitLessonCommand command) {
        requireTexts(command.whatWorked(), command.whatToChange());
        if (command.category() == null) {
            throw new InvalidInputException("lesson.category-missing", "category", "Choose what the lesson is about.");
        }
        if (command.phase() == null) {
            throw new InvalidInputException("lesson.phase-missing", "phase", "Choose the phase of the procurement it concerns.");
        }
        apply(new LessonSubmittedEvent(command.lessonId(), command.tenantId(), command.procurementId(), strip(command.whatWorked()),
                strip(command.whatToChange()), command.category(), command.phase(), command.by()));
    }

    @CommandHandler
    void handle(ReviseLessonCommand command) {
        requireUndecided();
        requireTexts(command.whatWorked(), command.whatToChange());
        if (command.category() == null) {
            throw new InvalidInputException("lesson.category-missing", "category", "Choose what the lesson is about.");
        }
        apply(new LessonRevisedEvent(command.lessonId(), strip(command.whatWorked()), strip(command.whatToChange()), command.category()));
    }

    @CommandHandler
    void handle(ApproveLessonCommand command) {
        requireUndecided();
        apply(new LessonApprovedEvent(command.lessonId()));
    }

    @CommandHandler
    void handle(RejectLessonCommand command) {
        requireUndecided();
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("lesson.reason-missing", "reason", "Say why: the huvudman reads the reason.");
        }
        apply(new LessonRejectedEvent(command.lessonId(), command.reason().strip()));
    }

    /** Only a rejected lesson, only by the tenant that wrote it (which the tenant guard also holds to). */
    @CommandHandler
    void handle(ResubmitLessonCommand command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new NotFoundException("No such lesson.").withMessageKey("not-found.lesson");
        }
        if (!rejected) {
            throw new ConflictException("lesson.not-rejected", "Only a rejected lesson can be submitted again.");
        }
        requireTexts(command.whatWorked(), command.whatToChange());
        if (command.category() == null) {
            throw new InvalidInputException("lesson.category-missing", "category", "Choose what the lesson is about.");
        }
        apply(new LessonResubmittedEvent(command.lessonId(), command.tenantId(), strip(command.whatWorked()),
                strip(command.whatToChange()), command.category(), command.by()));
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(LessonSubmittedEvent event) {
        tenantId = event.tenantId();
        lessonId = event.lessonId();
    }

    @EventSourcingHandler
    void on(LessonApprovedEvent event) {
        decided = true;
    }

    @EventSourcingHandler
    void on(LessonRejectedEvent event) {
        decided = true;
        rejected = true;
    }

    @EventSourcingHandler
    void on(LessonResubmittedEvent event) {
        decided = false;
        rejected = false;
    }

    private void requireUndecided() {
        if (decided) {
            throw new ConflictException("lesson.decided", "This lesson has been decided on already.");
        }
    }

    private static void requireTexts(String whatWorked, String whatToChange) {
        if (strip(whatWorked) == null && strip(whatToChange) == null) {
            throw new InvalidInputException("lesson.empty", "whatWorked", "Write what worked or what to do differently.");
        }
        if (length(whatWorked) > MAX_TEXT || length(whatToChange) > MAX_TEXT) {
            throw new InvalidInputException("lesson.too-long", length(whatWorked) > MAX_TEXT ? "whatWorked" : "whatToChange",
                    "At most " + MAX_TEXT + " characters.").withArguments(MAX_TEXT);
        }
    }

    private static int length(String text) {
        return text == null ? 0 : text.strip().length();
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

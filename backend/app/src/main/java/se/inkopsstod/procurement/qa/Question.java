package se.inkopsstod.procurement.qa;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.procurement.model.AnswerDraft;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.procurement.model.AnswerEditedEvent;
import se.inkopsstod.procurement.model.AnswerField;
import se.inkopsstod.procurement.model.Publication;
import se.inkopsstod.procurement.coediting.FieldVersions;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.QuestionId;
import se.inkopsstod.shared.TenantId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A vendor's question (or the buyer's own clarification) and the answer the buyer's team drafts
 * together, then publishes to all invited vendors at once (LOU 12 kap. 11 §). Guards: no
 * questions after the last day for questions; nothing changes once published; an answer
 * published after the day answers were due is flagged late.
 */
@Aggregate(snapshotTriggerDefinition = "itemSnapshots")
class Question implements TenantOwned {

    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 1000;

    @AggregateIdentifier
    private QuestionId questionId;
    private TenantId tenantId;
    private ProcurementId procurementId;
    private AnswerDraft draft;
    private boolean published;
    private long version;
    private final FieldVersions<AnswerField> fieldVersions = new FieldVersions<>();

    Question() {
        // for Axon
    }

    @CommandHandler
    Question(AskQuestionCommand command) {
        requireText(command.text(), "text");
        if (command.lastQuestionDay() != null
                && LocalDate.ofInstant(command.now(), Publication.SWEDEN).isAfter(command.lastQuestionDay())) {
            throw new ConflictException("question.too-late",
                    "The last day for questions was " + command.lastQuestionDay() + ". Questions can no longer be asked.")
                    .withArguments(command.lastQuestionDay());
        }
        apply(new QuestionAskedEvent(command.questionId(), command.tenantId(), command.procurementId(),
                command.vendorOrganisationId(), command.askedBy(), command.text().strip(), command.requirementId()));
    }

    @CommandHandler
    Question(StartClarificationCommand command) {
        requireText(command.topic(), "text");
        apply(new ClarificationStartedEvent(command.questionId(), command.tenantId(), command.procurementId(),
                command.topic().strip(), command.by()));
    }

    @CommandHandler
    void handle(EditAnswerCommand command) {
        requireUnpublished();
        if (command.baseVersion() > version || command.baseVersion() < 1) {
            throw new InvalidInputException("edit.version-unknown", "baseVersion", "That version of the question does not exist.").withMessageKey("edit.version-unknown.question");
        }
        if (command.fields().contains(AnswerField.QUESTION)) {
            requireText(command.draft().question(), "question");
        }
        if (command.fields().contains(AnswerField.ANSWER) && command.draft().answer() != null
                && command.draft().answer().length() > MAX_TEXT) {
            throw new InvalidInputException("text.too-long", "answer", "Keep it under " + MAX_TEXT + " characters.").withArguments(MAX_TEXT);
        }
        Set<AnswerField> changed = fieldVersions.changes(command.baseVersion(), command.editor(), command.fields(),
                draft::value, command.draft()::value, AnswerField.class);
        if (changed.isEmpty()) {
            return;
        }
        AnswerDraft after = new AnswerDraft(
                changed.contains(AnswerField.QUESTION) ? command.draft().question().strip() : draft.question(),
                changed.contains(AnswerField.ANSWER) ? strip(command.draft().answer()) : draft.answer());
        apply(new AnswerEditedEvent(questionId, tenantId, procurementId, changed, draft, after, command.editor(),
                command.editorName()));
    }

    @CommandHandler
    void handle(PublishAnswerCommand command) {
        requireUnpublished();
        if (draft.answer() == null || draft.answer().isBlank()) {
            throw new ConflictException("answer.empty", "Write the answer before publishing it.");
        }
        if (!draft.equals(command.checked())) {
            throw new ConflictException("answer.changed",
                    "The question or answer changed while it was being checked. Read it again, then publish.");
        }
        if (!command.findings().isEmpty()) {
            String reason = strip(command.identityReason());
            if (reason == null || reason.isEmpty()) {
                throw new QuestionNamesSomeoneException(command.findings());
            }
            if (reason.length() > MAX_REASON) {
                throw new InvalidInputException("text.too-long", "identityReason", "Keep it under " + MAX_REASON + " characters.").withArguments(MAX_REASON);
            }
            apply(new IdentityWarningConfirmedEvent(questionId, tenantId, procurementId, command.findings(), reason,
                    command.by()));
        }
        boolean late = command.answersDueBy() != null
                && LocalDate.ofInstant(command.now(), Publication.SWEDEN).isAfter(command.answersDueBy());
        apply(new AnswerPublishedEvent(questionId, tenantId, procurementId, draft.question(), draft.answer(), late));
    }


    private void requireUnpublished() {
        if (published) {
            throw new ConflictException("answer.published", "This answer is published to the vendors and can no longer change.");
        }
    }

    private static void requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text.empty", field, "Write something first.").withMessageKey("text.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text.too-long", field, "Keep it under " + MAX_TEXT + " characters.").withArguments(MAX_TEXT);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(QuestionAskedEvent event) {
        questionId = event.questionId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
        draft = new AnswerDraft(event.text(), null);
        version++;
    }

    @EventSourcingHandler
    void on(ClarificationStartedEvent event) {
        questionId = event.questionId();
        tenantId = event.tenantId();
        procurementId = event.procurementId();
        draft = new AnswerDraft(event.topic(), null);
        version++;
    }

    @EventSourcingHandler
    void on(AnswerEditedEvent event, @Timestamp Instant at) {
        version++;
        draft = event.after();
        fieldVersions.changed(event.fields(), version, event.editor(), event.editorName(), at);
    }

    @EventSourcingHandler
    void on(AnswerPublishedEvent event) {
        published = true;
        version++;
    }
}

package se.inkopsstod.procurement.dialogue;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import se.inkopsstod.shared.TenantId;
import se.inkopsstod.shared.TenantOwned;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.shared.ConflictException;
import se.inkopsstod.shared.DialogueId;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.NotFoundException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A procurement's market dialogue: the draft requirement set shared with invited vendors (in
 * rounds), their comments on it, and the buyer's questions with each vendor's answers. Guards:
 * comments concern a requirement of the latest draft; answers a question that was asked.
 */
@Aggregate
class MarketDialogue implements TenantOwned {

    static final int MAX_TEXT = 4000;

    @AggregateIdentifier
    private DialogueId dialogueId;
    private TenantId tenantId;
    private int round;
    private Set<String> draftRequirements = new HashSet<>();
    private final Set<String> questions = new HashSet<>();

    MarketDialogue() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ShareDraftCommand command) {
        if (command.requirements().isEmpty()) {
            throw new ConflictException("dialogue.no-requirements", "Write at least one requirement before sharing the draft.");
        }
        if (command.message() != null && command.message().length() > MAX_TEXT) {
            throw new InvalidInputException("text.too-long", "message", "Keep it under " + MAX_TEXT + " characters.").withArguments(MAX_TEXT);
        }
        apply(new DraftSharedEvent(command.dialogueId(), command.tenantId(), command.procurementId(), round + 1,
                command.message() == null || command.message().isBlank() ? null : command.message().strip(),
                List.copyOf(command.requirements())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CommentDraftCommand command) {
        requireText(command.text());
        if (!draftRequirements.contains(command.requirementId())) {
            throw new NotFoundException("That requirement is not in the shared draft.").withMessageKey("not-found.requirement-not-shared");
        }
        apply(new DraftCommentedEvent(command.dialogueId(), command.tenantId(), command.procurementId(),
                command.vendorOrganisationId(), command.requirementId(), command.text().strip(), command.by()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AskVendorsCommand command) {
        requireText(command.text());
        apply(new VendorsAskedEvent(command.dialogueId(), command.tenantId(), command.procurementId(), command.questionId(),
                command.text().strip()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AnswerBuyerCommand command) {
        requireText(command.text());
        if (!questions.contains(command.questionId())) {
            throw new NotFoundException("No such question.").withMessageKey("not-found.question");
        }
        apply(new BuyerAnsweredEvent(command.dialogueId(), command.tenantId(), command.procurementId(), command.questionId(),
                command.vendorOrganisationId(), command.text().strip(), command.by()));
    }

    private static void requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("text.empty", "text", "Write something first.").withMessageKey("text.empty");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidInputException("text.too-long", "text", "Keep it under " + MAX_TEXT + " characters.").withArguments(MAX_TEXT);
        }
    }

    @Override
    public TenantId owningTenant() {
        return tenantId;
    }

    @EventSourcingHandler
    void on(DraftSharedEvent event) {
        tenantId = event.tenantId();
        dialogueId = event.dialogueId();
        round = event.round();
        draftRequirements = new HashSet<>(event.requirements().stream().map(PublishedRequirement::requirementId).toList());
    }

    @EventSourcingHandler
    void on(VendorsAskedEvent event) {
        tenantId = event.tenantId();
        dialogueId = event.dialogueId();
        questions.add(event.questionId());
    }

    @EventSourcingHandler
    void on(DraftCommentedEvent event) {
        tenantId = event.tenantId();
        dialogueId = event.dialogueId();
    }

    @EventSourcingHandler
    void on(BuyerAnsweredEvent event) {
        tenantId = event.tenantId();
        dialogueId = event.dialogueId();
    }
}

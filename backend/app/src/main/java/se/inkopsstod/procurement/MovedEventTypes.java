package se.inkopsstod.procurement;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.AnswerEditedEvent;
import se.inkopsstod.procurement.qa.AnswerPublishedEvent;
import se.inkopsstod.procurement.evaluation.AwardDecidedEvent;
import se.inkopsstod.procurement.dialogue.BuyerAnsweredEvent;
import se.inkopsstod.procurement.qa.ClarificationStartedEvent;
import se.inkopsstod.procurement.comment.CommentAddedEvent;
import se.inkopsstod.procurement.dialogue.DraftCommentedEvent;
import se.inkopsstod.procurement.dialogue.DraftSharedEvent;
import se.inkopsstod.procurement.model.InvitationWithdrawnEvent;
import se.inkopsstod.procurement.live.LiveEvent;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.procurement.qa.QuestionAskedEvent;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.TeamChangedEvent;
import se.inkopsstod.procurement.library.TemplateCreatedEvent;
import se.inkopsstod.procurement.library.TemplateRetiredEvent;
import se.inkopsstod.procurement.library.TemplateRevisedEvent;
import se.inkopsstod.procurement.model.TenderDeadlineExtendedEvent;
import se.inkopsstod.procurement.evaluation.TenderDisqualifiedEvent;
import se.inkopsstod.procurement.model.TenderPublishedEvent;
import se.inkopsstod.procurement.tender.TenderSavedEvent;
import se.inkopsstod.procurement.evaluation.TenderScoredEvent;
import se.inkopsstod.procurement.tender.TenderSubmittedEvent;
import se.inkopsstod.procurement.model.VendorInvitedEvent;
import se.inkopsstod.procurement.live.VendorLiveEvent;
import se.inkopsstod.procurement.dialogue.VendorsAskedEvent;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads events stored under the type names they had before they moved out of
 * {@code procurement.api} into the features that own them (issue 13): the event store keeps each
 * payload's class name, and the history since the first day must still replay. Only the name
 * changes; payload and revision stay as stored. Naming the classes (not strings) means a later
 * move breaks the build here instead of the replay.
 */
@Component
@Order(0)
class MovedEventTypes extends SingleEventUpcaster {

    private static final String OLD_PACKAGE = "se.inkopsstod.procurement.api.";

    static final Map<String, String> RENAMED = Stream.of(
            moved(AnswerEditedEvent.class),
            moved(AnswerPublishedEvent.class),
            moved(AwardDecidedEvent.class),
            moved(BuyerAnsweredEvent.class),
            moved(ClarificationStartedEvent.class),
            moved(CommentAddedEvent.class),
            moved(DraftCommentedEvent.class),
            moved(DraftSharedEvent.class),
            moved(InvitationWithdrawnEvent.class),
            moved(LiveEvent.class),
            moved(NeedAcceptedEvent.class),
            moved(NeedEditedEvent.class),
            moved(NeedEndorsedEvent.class),
            moved(NeedEndorsementWithdrawnEvent.class),
            moved(NeedMergedEvent.class),
            moved(NeedProposedEvent.class),
            moved(NeedRejectedEvent.class),
            moved(PhaseChangedEvent.class),
            moved(ProcurementCreatedEvent.class),
            moved(QuestionAskedEvent.class),
            moved(RequirementAmendedEvent.class),
            moved(RequirementCreatedEvent.class),
            moved(RequirementEditedEvent.class),
            moved(TeamChangedEvent.class),
            moved(TemplateCreatedEvent.class),
            moved(TemplateRetiredEvent.class),
            moved(TemplateRevisedEvent.class),
            moved(TenderDeadlineExtendedEvent.class),
            moved(TenderDisqualifiedEvent.class),
            moved(TenderPublishedEvent.class),
            moved(TenderSavedEvent.class),
            moved(TenderScoredEvent.class),
            moved(TenderSubmittedEvent.class),
            moved(VendorInvitedEvent.class),
            moved(VendorLiveEvent.class),
            moved(VendorsAskedEvent.class))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static Map.Entry<String, String> moved(Class<?> event) {
        return Map.entry(OLD_PACKAGE + event.getSimpleName(), event.getName());
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return RENAMED.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String renamed = RENAMED.get(representation.getType().getName());
        return representation.upcastPayload(new SimpleSerializedType(renamed, representation.getType().getRevision()),
                byte[].class, Function.identity());
    }
}

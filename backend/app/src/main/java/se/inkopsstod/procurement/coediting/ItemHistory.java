package se.inkopsstod.procurement.coediting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.axon.AuditMetadata;
import se.inkopsstod.procurement.model.AnswerEditedEvent;
import se.inkopsstod.procurement.model.HistoryEntry;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An item's timeline (a need, a requirement or a question's answer), read straight from the event store: the record
 * of who changed what and when that public procurement's documentation duty asks for.
 */
@Component
public class ItemHistory {

    private final EventStore eventStore;

    ItemHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Newest first. {@code names} resolves people who are still members; the event's own name otherwise. */
    public List<HistoryEntry> of(String aggregateId, Map<String, String> names) {
        List<HistoryEntry> entries = new ArrayList<>();
        // from the first event: reading without a sequence number would start at the newest snapshot
        eventStore.readEvents(aggregateId, 0).asStream().forEach(event -> entries.add(0, entry(event, names)));
        return entries;
    }

    private static HistoryEntry entry(DomainEventMessage<?> event, Map<String, String> names) {
        Object userId = event.getMetaData().get(AuditMetadata.USER_ID);
        Object userName = event.getMetaData().get(AuditMetadata.USER_NAME);
        String id = userId == null ? null : userId.toString();
        String name = id != null && names.containsKey(id) ? names.get(id) : userName == null ? null : userName.toString();
        return new HistoryEntry(event.getSequenceNumber() + 1, event.getTimestamp(), new HistoryEntry.By(id, name),
                event.getPayloadType().getSimpleName().replaceFirst("Event$", ""), changes(event.getPayload()));
    }

    private static List<HistoryEntry.Change> changes(Object payload) {
        if (payload instanceof NeedEditedEvent edited) {
            return edited.fields().stream().sorted()
                    .map(f -> new HistoryEntry.Change(f.apiName(), edited.before().value(f), edited.after().value(f)))
                    .toList();
        }
        if (payload instanceof RequirementEditedEvent edited) {
            return edited.fields().stream().sorted()
                    .map(f -> new HistoryEntry.Change(f.apiName(), edited.before().value(f), edited.after().value(f)))
                    .toList();
        }
        if (payload instanceof AnswerEditedEvent edited) {
            return edited.fields().stream().sorted()
                    .map(f -> new HistoryEntry.Change(f.apiName(), edited.before().value(f), edited.after().value(f)))
                    .toList();
        }
        if (payload instanceof NeedRejectedEvent rejected) {
            return List.of(new HistoryEntry.Change("rejectionReason", null, rejected.reason()));
        }
        if (payload instanceof NeedMergedEvent merged) {
            return List.of(new HistoryEntry.Change("mergedInto", null, merged.into().value()));
        }
        return List.of();
    }
}

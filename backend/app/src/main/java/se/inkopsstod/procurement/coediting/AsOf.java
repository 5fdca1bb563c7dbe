package se.inkopsstod.procurement.coediting;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.inkopsstod.procurement.model.AsOfView;
import se.inkopsstod.procurement.model.NeedAcceptedEvent;
import se.inkopsstod.procurement.model.NeedContent;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedEndorsedEvent;
import se.inkopsstod.procurement.model.NeedEndorsementWithdrawnEvent;
import se.inkopsstod.procurement.model.NeedMergedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.NeedRejectedEvent;
import se.inkopsstod.procurement.model.NeedStatus;
import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.PhaseChangedEvent;
import se.inkopsstod.procurement.model.PublishedRequirement;
import se.inkopsstod.procurement.model.ProcurementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementContent;
import se.inkopsstod.procurement.model.RequirementAmendedEvent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementEditedEvent;
import se.inkopsstod.procurement.model.TeamChangedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Rebuilds a workspace as it was at a moment by replaying each of its items' events up to then.
 * The read models are not involved: the event store is the record.
 */
@Component
public class AsOf {

    private final EventStore eventStore;
    private final JdbcClient jdbc;

    AsOf(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    public AsOfView of(String procurementId, Instant at) {
        List<DomainEventMessage<?>> procurementEvents = until(procurementId, at);
        AsOfView.Procurement procurement = procurement(procurementId, procurementEvents);
        if (procurement == null) {
            return new AsOfView(at, null, List.of(), List.of());
        }
        Map<String, List<PublishedRequirement>> amendments = amendments(procurementEvents);
        List<AsOfView.Need> needs = jdbc.sql("select need_id from need_view where procurement_id = ? order by proposed_at")
                .param(procurementId).query(String.class).list().stream()
                .map(id -> need(id, at)).filter(Objects::nonNull).toList();
        List<AsOfView.Requirement> requirements = jdbc.sql("select requirement_id from requirement_view where procurement_id = ? order by number")
                .param(procurementId).query(String.class).list().stream()
                .map(id -> requirement(id, at, amendments.getOrDefault(id, List.of()))).filter(Objects::nonNull).toList();
        return new AsOfView(at, procurement, needs, requirements);
    }

    private List<DomainEventMessage<?>> until(String aggregateId, Instant at) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        // from the first event: reading without a sequence number would start at the newest snapshot
        eventStore.readEvents(aggregateId, 0).asStream().filter(e -> !e.getTimestamp().isAfter(at)).forEach(events::add);
        return events;
    }

    private AsOfView.Procurement procurement(String id, List<DomainEventMessage<?>> events) {
        String title = null;
        Phase phase = null;
        int team = 0;
        long version = 0;
        for (DomainEventMessage<?> event : events) {
            version = event.getSequenceNumber() + 1;
            Object payload = event.getPayload();
            if (payload instanceof ProcurementCreatedEvent e) {
                title = e.title();
                phase = Phase.NEEDS_ANALYSIS;
                team = 1;
            } else if (payload instanceof PhaseChangedEvent e) {
                phase = e.to();
            } else if (payload instanceof TeamChangedEvent e) {
                team = e.team().size();
            }
        }
        return title == null ? null : new AsOfView.Procurement(id, version, title, phase, team);
    }

    private AsOfView.Need need(String id, Instant at) {
        NeedContent content = null;
        NeedStatus status = null;
        int endorsements = 0;
        long version = 0;
        for (DomainEventMessage<?> event : until(id, at)) {
            version = event.getSequenceNumber() + 1;
            Object payload = event.getPayload();
            if (payload instanceof NeedProposedEvent e) {
                content = e.content();
                status = NeedStatus.PROPOSED;
            } else if (payload instanceof NeedEditedEvent e) {
                content = e.after();
            } else if (payload instanceof NeedEndorsedEvent) {
                endorsements++;
            } else if (payload instanceof NeedEndorsementWithdrawnEvent) {
                endorsements--;
            } else if (payload instanceof NeedAcceptedEvent) {
                status = NeedStatus.ACCEPTED;
            } else if (payload instanceof NeedRejectedEvent) {
                status = NeedStatus.REJECTED;
            } else if (payload instanceof NeedMergedEvent) {
                status = NeedStatus.MERGED;
            }
        }
        return content == null ? null : new AsOfView.Need(id, version, content, status, endorsements);
    }

    /**
     * The amended wording of each requirement by then, oldest first. Amendments are the
     * procurement's events (they make the next requirement set version), not the requirement's.
     */
    private static Map<String, List<PublishedRequirement>> amendments(List<DomainEventMessage<?>> procurementEvents) {
        Map<String, List<PublishedRequirement>> amended = new HashMap<>();
        for (DomainEventMessage<?> event : procurementEvents) {
            // a withdrawal (no "after") leaves the wording as it was: the workspace keeps it for the record
            if (event.getPayload() instanceof RequirementAmendedEvent e && e.after() != null) {
                amended.computeIfAbsent(e.requirementId(), id -> new ArrayList<>()).add(e.after());
            }
        }
        return amended;
    }

    private AsOfView.Requirement requirement(String id, Instant at, List<PublishedRequirement> amendments) {
        RequirementContent content = null;
        int number = 0;
        long version = 0;
        for (DomainEventMessage<?> event : until(id, at)) {
            version = event.getSequenceNumber() + 1;
            Object payload = event.getPayload();
            if (payload instanceof RequirementCreatedEvent e) {
                content = e.content();
                number = e.number();
            } else if (payload instanceof RequirementEditedEvent e) {
                content = e.after();
            }
        }
        if (content == null) {
            return null;
        }
        for (PublishedRequirement amended : amendments) {
            content = new RequirementContent(amended.text(), amended.kind(), amended.weight(), amended.category(),
                    amended.verificationMethod(), content.needIds());
        }
        return new AsOfView.Requirement(id, number, version, content);
    }
}

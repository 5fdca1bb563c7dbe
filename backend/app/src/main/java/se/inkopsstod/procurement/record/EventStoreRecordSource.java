package se.inkopsstod.procurement.record;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import se.inkopsstod.platform.axon.AuditMetadata;
import se.inkopsstod.procurement.api.RecordSource;
import se.inkopsstod.procurement.model.NeedEditedEvent;
import se.inkopsstod.procurement.model.NeedProposedEvent;
import se.inkopsstod.procurement.model.RequirementCreatedEvent;
import se.inkopsstod.procurement.model.RequirementNumberedEvent;
import se.inkopsstod.shared.PersonId;
import se.inkopsstod.shared.ProcurementId;
import se.inkopsstod.shared.TenantId;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record's view of the event store for one procurement. Each aggregate is read once however many chapters
 * ask for it, and every event read goes into the fingerprint: a SHA-256 over the identifiers of exactly the
 * events the record was written from, so that two copies can be shown to rest on the same history.
 */
final class EventStoreRecordSource implements RecordSource {

    private final EventStore eventStore;
    private final ProcurementId procurementId;
    private final TenantId tenantId;
    private final boolean buyersCopy;
    private final Map<String, String> memberNames;
    private final Map<String, String> vendorNames;
    private final Map<String, List<Recorded>> streams = new LinkedHashMap<>();
    /** Aggregate id → its events' identifiers in sequence, sorted by aggregate so the order of reading does not matter. */
    private final Map<String, List<String>> eventIds = new TreeMap<>();

    EventStoreRecordSource(EventStore eventStore, ProcurementId procurementId, TenantId tenantId, boolean buyersCopy,
                           Map<String, String> memberNames, Map<String, String> vendorNames) {
        this.eventStore = eventStore;
        this.procurementId = procurementId;
        this.tenantId = tenantId;
        this.buyersCopy = buyersCopy;
        this.memberNames = Map.copyOf(memberNames);
        this.vendorNames = Map.copyOf(vendorNames);
    }

    @Override
    public ProcurementId procurementId() {
        return procurementId;
    }

    @Override
    public TenantId tenantId() {
        return tenantId;
    }

    @Override
    public boolean buyersCopy() {
        return buyersCopy;
    }

    @Override
    public List<Recorded> stream(String aggregateId) {
        return streams.computeIfAbsent(aggregateId, this::read);
    }

    private List<Recorded> read(String aggregateId) {
        // from the first event: reading without a sequence number would start at the newest snapshot
        List<? extends DomainEventMessage<?>> messages = eventStore.readEvents(aggregateId, 0).asStream().toList();
        eventIds.put(aggregateId, messages.stream().map(DomainEventMessage::getIdentifier).toList());
        return messages.stream().map(EventStoreRecordSource::recorded).toList();
    }

    private static Recorded recorded(DomainEventMessage<?> message) {
        Object userId = message.getMetaData().get(AuditMetadata.USER_ID);
        Object userName = message.getMetaData().get(AuditMetadata.USER_NAME);
        return new Recorded(message.getPayload(), message.getTimestamp(),
                userId == null ? null : userId.toString(), userName == null ? null : userName.toString());
    }

    @Override
    public String personName(PersonId person, Recorded event) {
        if (person != null && memberNames.containsKey(person.value())) {
            return memberNames.get(person.value());
        }
        if (person != null && event != null && person.value().equals(event.userId()) && event.userName() != null) {
            return event.userName();
        }
        return "okänd person";
    }

    @Override
    public String vendorName(String vendorOrganisationId) {
        return vendorNames.getOrDefault(vendorOrganisationId, vendorOrganisationId);
    }

    @Override
    public String needTitle(String needId) {
        String statement = null;
        for (Recorded event : stream(needId)) {
            if (event.payload() instanceof NeedProposedEvent proposed) {
                statement = proposed.content().statement();
            } else if (event.payload() instanceof NeedEditedEvent edited) {
                statement = edited.after().statement();
            }
        }
        return statement == null ? "okänt behov" : RecordWords.shorten(statement, 90);
    }

    @Override
    public String requirementNumber(String requirementId) {
        for (Recorded event : stream(requirementId)) {
            if (event.payload() instanceof RequirementCreatedEvent created && created.number() > 0) {
                return RecordWords.requirementNumber(created.number());
            }
        }
        // requirements from before numbering got theirs from the procurement afterwards
        for (Recorded event : stream(procurementId.value())) {
            if (event.payload() instanceof RequirementNumberedEvent numbered
                    && numbered.requirementId().value().equals(requirementId)) {
                return RecordWords.requirementNumber(numbered.number());
            }
        }
        return RecordWords.requirementNumber(0);
    }

    /** How many events the record was written from. */
    int eventCount() {
        return eventIds.values().stream().mapToInt(List::size).sum();
    }

    String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            eventIds.forEach((aggregate, ids) -> {
                digest.update(aggregate.getBytes(StandardCharsets.UTF_8));
                ids.forEach(id -> digest.update(("\n" + id).getBytes(StandardCharsets.UTF_8)));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

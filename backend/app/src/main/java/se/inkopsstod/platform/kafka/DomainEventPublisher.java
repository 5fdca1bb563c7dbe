package se.inkopsstod.platform.kafka;

import se.inkopsstod.shared.Audience;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Revision;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import se.inkopsstod.platform.axon.AuditMetadata;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Forwards every domain event from the event store to Kafka, at least once. It is a tracking
 * processor: its token lives in PostgreSQL and moves on only in the transaction that commits
 * after the broker acknowledged every send of the batch. A crash or broker outage means the
 * batch is sent again after restart; consumers de-duplicate by event id.
 */
@Component
@ProcessingGroup(DomainEventPublisher.GROUP)
class DomainEventPublisher {

    static final String GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = DomainEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final KafkaTopicsProperties topics;

    DomainEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, KafkaTopicsProperties topics) {
        this.kafka = kafka;
        this.json = json;
        this.topics = topics;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        if (payload instanceof org.axonframework.serialization.UnknownSerializedType unknown) {
            // a type this instance cannot read (a newer instance wrote it, or a rename lacks an upcaster):
            // retry rather than guess its audience and skip it for good
            throw new IllegalStateException("Cannot publish an event of unknown type " + unknown.serializedType());
        }
        if (!Audience.of(payload.getClass()).leavesTheStore()) {
            return; // sealed tender content and personal answers never reach the topic
        }
        DomainEventEnvelope envelope = envelope(payload, event);
        String key = envelope.aggregateId() != null ? envelope.aggregateId() : envelope.eventId();
        pendingSends().add(kafka.send(topics.domainEvents(), key, json.writeValueAsString(envelope)));
    }

    /** Sends go out asynchronously; the batch commits (and the token moves) only after all are acknowledged. */
    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING_SENDS, k -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> awaitAll(sends));
            return sends;
        });
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new KafkaPublicationException("Kafka did not acknowledge the batch; it will be sent again", e);
        }
    }

    private DomainEventEnvelope envelope(Object payload, EventMessage<?> event) {
        Map<String, Object> metadata = new HashMap<>(event.getMetaData());
        Object tenantId = metadata.get(AuditMetadata.TENANT_ID);
        Revision revision = payload.getClass().getAnnotation(Revision.class);
        String aggregateType = null;
        String aggregateId = null;
        long sequence = 0;
        if (event instanceof DomainEventMessage<?> domain) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return new DomainEventEnvelope(event.getIdentifier(), payload.getClass().getSimpleName(),
                revision == null ? null : revision.value(), aggregateType, aggregateId, sequence, globalIndex(event),
                tenantId == null ? null : tenantId.toString(), event.getTimestamp(), metadata, json.valueToTree(payload),
                Audience.of(payload.getClass()).name());
    }

    private static long globalIndex(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            if (token != null && token.position().isPresent()) {
                return token.position().getAsLong();
            }
            if (token instanceof GlobalSequenceTrackingToken global) {
                return global.getGlobalIndex();
            }
        }
        return -1;
    }

    /** The broker did not take the batch. */
    static class KafkaPublicationException extends RuntimeException {
        KafkaPublicationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

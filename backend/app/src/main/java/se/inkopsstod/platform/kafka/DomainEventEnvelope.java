package se.inkopsstod.platform.kafka;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/**
 * The message format of the {@code inkopsstod.domain-events} topic: one domain event from the
 * event store, as JSON. Tenant-internal (it carries names and free text): only the app's own
 * consumers read it; cross-tenant insights get anonymised integration events instead. Sealed
 * tender content and personal survey answers are never on it ({@link se.inkopsstod.shared.Audience}).
 *
 * @param eventId        the event store's event identifier: consumers de-duplicate on it
 * @param eventType      the event's simple class name, e.g. {@code MemberAddedEvent}
 * @param revision       the payload revision ({@code @Revision}), for upcasting on the consumer side
 * @param aggregateType  e.g. {@code Tenant}; null for events without an aggregate
 * @param aggregateId    also the Kafka key, so one aggregate's events stay in order in one partition
 * @param sequenceNumber the event's position in its aggregate
 * @param globalIndex    the event's position in the event store
 * @param tenantId       the tenant it belongs to, or null for platform-wide events
 * @param occurredAt     when the event was stored
 * @param metadata       who caused it ({@code userId}, {@code userName}) and correlation ids
 * @param payload        the event record as JSON
 * @param audience       who may hear of it ({@code TEAM}, {@code TENANT}, {@code VENDORS}, {@code PLATFORM}):
 *                       consumers filter by it, never by event names; absent on messages written before it existed
 */
public record DomainEventEnvelope(String eventId, String eventType, String revision, String aggregateType,
                                  String aggregateId, long sequenceNumber, long globalIndex, String tenantId,
                                  Instant occurredAt, Map<String, Object> metadata, JsonNode payload, String audience) {
}

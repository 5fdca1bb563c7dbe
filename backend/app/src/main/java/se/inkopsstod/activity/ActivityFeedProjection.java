package se.inkopsstod.activity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the activity feed from the domain-event topic. Each message is applied in one database
 * transaction together with the record that its event id was applied, so a duplicate delivery
 * (after a publisher retry or a consumer rebalance) is recognised and skipped.
 */
@Component
class ActivityFeedProjection {

    static final String CONSUMER = "activity-feed";
    private static final java.util.Set<String> PRIVATE_EVENTS = java.util.Set.of("SurveyAnsweredEvent");
    private static final Logger log = LoggerFactory.getLogger(ActivityFeedProjection.class);

    private static final String INSERT_ENTRY = """
            insert into activity_entry (event_id, tenant_id, event_type, aggregate_id, occurred_at, actor_id, actor_name, summary)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    ActivityFeedProjection(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.json = json;
    }

    @KafkaListener(id = CONSUMER, groupId = CONSUMER, topics = "${inkopsstod.kafka.topics.domain-events}")
    void on(String message) {
        transaction.executeWithoutResult(status -> apply(message));
    }

    /** Applies one message in the caller's transaction; a message seen before changes nothing. */
    void apply(String message) {
        JsonNode event = json.readTree(message);
        String tenantId = text(event, "tenantId");
        String eventId = text(event, "eventId");
        if (eventId == null) {
            log.warn("Skipping a domain-event message without eventId");
            return;
        }
        boolean first = jdbc.sql("insert into kafka_processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                .params(CONSUMER, eventId).update() == 1;
        // who answered the satisfaction survey is nobody's business: the buyer sees counts only
        if (first && tenantId != null && !PRIVATE_EVENTS.contains(text(event, "eventType"))) {
            jdbc.sql(INSERT_ENTRY).params(entry(event)).update();
        }
    }

    /**
     * Applies many messages at once, for a rebuild into an empty feed: two batched statements
     * instead of two per message. A message seen before (also within the batch) changes nothing.
     */
    void applyAll(List<String> messages) {
        List<Object[]> processed = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (String message : messages) {
            JsonNode event = json.readTree(message);
            String eventId = text(event, "eventId");
            if (eventId == null) {
                continue;
            }
            processed.add(new Object[]{CONSUMER, eventId});
            if (text(event, "tenantId") != null && !PRIVATE_EVENTS.contains(text(event, "eventType"))) {
                entries.add(entry(event));
            }
        }
        jdbcTemplate.batchUpdate("insert into kafka_processed_event (consumer, event_id) values (?, ?) on conflict do nothing",
                processed);
        jdbcTemplate.batchUpdate(INSERT_ENTRY + " on conflict do nothing", entries);
    }

    /** Forgets everything, before a rebuild (in the rebuild's transaction). */
    void clear() {
        jdbc.sql("delete from activity_entry").update();
        jdbc.sql("delete from kafka_processed_event where consumer = ?").param(CONSUMER).update();
    }

    private static Object[] entry(JsonNode event) {
        JsonNode metadata = event.path("metadata");
        return new Object[]{text(event, "eventId"), text(event, "tenantId"), text(event, "eventType"), text(event, "aggregateId"),
                Timestamp.from(Instant.parse(text(event, "occurredAt"))), text(metadata, "userId"), text(metadata, "userName"),
                summary(event.path("payload"))};
    }

    /** What the event is about, in a few words: a person's or organisation's name where the event has one. */
    private static String summary(JsonNode payload) {
        String name = text(payload, "name");
        String summary = name != null ? name : "";
        return summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asString() : null;
    }
}

package se.inkopsstod.activity;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.sql.PreparedStatement;
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
    /**
     * Messages written before events declared their audience carry none; of those, these were
     * never the feed's business. Newer messages say their audience, and sealed or personal ones are
     * not on the topic at all.
     */
    private static final java.util.Set<String> LEGACY_PRIVATE_EVENTS = java.util.Set.of("SurveyAnsweredEvent",
            "TenderSavedEvent", "TenderSubmittedEvent");
    /** Legacy messages about the huvudman itself, which every member may see. */
    private static final java.util.Set<String> LEGACY_TENANT_EVENTS = java.util.Set.of("TenantRegisteredEvent",
            "MemberAddedEvent", "MemberRolesChangedEvent", "MemberIdentityLinkedEvent", "SchoolsSetEvent");
    /** The audiences of the events the feed stores (ActivityMessagesTest gives each of their types a sentence). */
    static final java.util.Set<String> SHOWN = java.util.Set.of("TEAM", "TENANT", "VENDORS");
    private static final Logger log = LoggerFactory.getLogger(ActivityFeedProjection.class);

    private static final String INSERT_ENTRY = """
            insert into activity_entry (event_id, tenant_id, event_type, aggregate_id, occurred_at, actor_id, actor_name, summary,
                                        audience)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final int ENTRY_COLUMNS = 9;

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
        FeedMessage event = json.readValue(message, FeedMessage.class);
        String eventId = text(event.eventId());
        if (eventId == null) {
            log.warn("Skipping a domain-event message without eventId");
            return;
        }
        boolean first = jdbc.sql("insert into kafka_processed_event (consumer, event_id) values (?, ?) on conflict do nothing")
                .params(CONSUMER, eventId).update() == 1;
        if (first && event.shown()) {
            jdbc.sql(INSERT_ENTRY).params(event.entry()).update();
        }
    }

    /**
     * Applies many messages at once, for a rebuild into an empty feed: two statements for the whole
     * batch, its columns passed as arrays and unnested by PostgreSQL (a batch of row inserts spent
     * most of a rebuild binding parameters). A message seen before (also within the batch) changes
     * nothing.
     */
    void applyAll(List<String> messages) {
        List<String> processed = new ArrayList<>();
        List<Object[]> entries = new ArrayList<>();
        for (String message : messages) {
            FeedMessage event = json.readValue(message, FeedMessage.class);
            String eventId = text(event.eventId());
            if (eventId == null) {
                continue;
            }
            processed.add(eventId);
            if (event.shown()) {
                entries.add(event.entry());
            }
        }
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into kafka_processed_event (consumer, event_id)
                    select ?, unnest(?::varchar[]) on conflict do nothing""")) {
                insert.setString(1, CONSUMER);
                insert.setArray(2, connection.createArrayOf("varchar", processed.toArray()));
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into activity_entry (event_id, tenant_id, event_type, aggregate_id, occurred_at, actor_id, actor_name, summary,
                                                audience)
                    select event_id, tenant_id, event_type, aggregate_id, occurred_at::timestamptz, actor_id, actor_name, summary,
                           audience
                      from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                  ?::varchar[], ?::varchar[])
                           as entry (event_id, tenant_id, event_type, aggregate_id, occurred_at, actor_id, actor_name, summary,
                                     audience)
                    on conflict do nothing""")) {
                for (int column = 0; column < ENTRY_COLUMNS; column++) {
                    String[] values = new String[entries.size()];
                    for (int row = 0; row < values.length; row++) {
                        // the instant as ISO-8601 text: no time zone of the JVM or the session gets in between
                        Object value = entries.get(row)[column];
                        values[row] = value instanceof Timestamp at ? at.toInstant().toString() : (String) value;
                    }
                    insert.setArray(column + 1, connection.createArrayOf("varchar", values));
                }
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Forgets everything, before a rebuild (in the rebuild's transaction). */
    void clear() {
        jdbc.sql("delete from activity_entry").update();
        jdbc.sql("delete from kafka_processed_event where consumer = ?").param(CONSUMER).update();
    }

    /** What the event is about, in a few words: a person's or organisation's name where the event has one. */
    private static String summary(String name) {
        String summary = name != null ? name : "";
        return summary.length() > 500 ? summary.substring(0, 500) : summary;
    }

    private static String text(JsonNode value) {
        return value != null && value.isValueNode() && !value.isNull() ? value.asString() : null;
    }

    /**
     * The fields of a domain-event message the feed shows. Binding only these skips the rest of
     * the payload instead of building a tree of it: a rebuild parsed most of its time away.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record FeedMessage(JsonNode eventId, JsonNode tenantId, JsonNode eventType, JsonNode aggregateId, JsonNode occurredAt,
                       Metadata metadata, Payload payload, JsonNode audience) {

        /** A tenant's events its team, its members or its vendors may hear of: never sealed or personal ones. */
        boolean shown() {
            return text(tenantId) != null && SHOWN.contains(seenBy());
        }

        /** The declared audience; for a message from before audiences, what its type always meant. */
        String seenBy() {
            String declared = text(audience);
            if (declared != null) {
                return declared;
            }
            String type = text(eventType);
            return LEGACY_PRIVATE_EVENTS.contains(type) ? "SEALED" : LEGACY_TENANT_EVENTS.contains(type) ? "TENANT" : "TEAM";
        }

        Object[] entry() {
            return new Object[]{text(eventId), text(tenantId), text(eventType), text(aggregateId),
                    Timestamp.from(Instant.parse(text(occurredAt))), metadata == null ? null : text(metadata.userId()),
                    metadata == null ? null : text(metadata.userName()), summary(payload == null ? null : payload.about()),
                    seenBy()};
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Metadata(JsonNode userId, JsonNode userName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payload(JsonNode name, JsonNode title) {

        /** A person's or organisation's name, else a title (a procurement's): never free text. */
        String about() {
            String name = text(this.name);
            return name != null ? name : text(title);
        }
    }
}

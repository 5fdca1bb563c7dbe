package se.inkopsstod.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's event lands in the PostgreSQL event store, goes to Kafka through the publisher and
 * reaches the Kafka-fed activity feed exactly once, even when Kafka delivers it twice or the
 * publisher was stopped in between.
 */
@InkopsstodIntegrationTest
class DomainEventsToKafkaIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.domain-events}")
    String topic;

    @Test
    void addedMemberIsStoredWithWhoAndForWhichTenantAndShowsInTheActivityFeedOnce() {
        ApiSession admin = ApiSession.login("alvstad-admin");
        JsonNode me = admin.json("/api/me");
        String name = "Kafka Person " + UUID.randomUUID();

        assertThat(admin.post("/api/tenant/members", member(name)).statusCode()).isEqualTo(201);

        Map<String, Object> row = jdbc.sql("""
                        select event_identifier, convert_from(payload, 'UTF8') as payload,
                               convert_from(meta_data, 'UTF8') as meta_data, payload_revision
                          from domain_event_entry
                         where payload_type like '%MemberAddedEvent' and convert_from(payload, 'UTF8') like ?""")
                .param("%" + name + "%").query().singleRow();
        JsonNode metadata = ApiSession.parse((String) row.get("meta_data"));
        assertThat(metadata.get("tenantId").asString()).isEqualTo(me.get("tenant").get("id").asString());
        assertThat(metadata.get("userId").asString()).isEqualTo(me.get("id").asString());
        assertThat(metadata.get("userName").asString()).isEqualTo("Eva Lindqvist");
        assertThat(row.get("payload_revision")).isEqualTo("1");

        String eventId = (String) row.get("event_identifier");
        JsonNode entry = await(() -> activityEntry(admin, eventId));
        assertThat(entry.get("summary").asString()).isEqualTo(name);
        assertThat(entry.get("actorName").asString()).isEqualTo("Eva Lindqvist");
        assertThat(activityRows(eventId)).isEqualTo(1);
    }

    @Test
    void aMessageDeliveredTwiceIsAppliedOnce() throws Exception {
        ApiSession admin = ApiSession.login("fjallby-admin");
        String name = "Twice " + UUID.randomUUID();
        assertThat(admin.post("/api/tenant/members", member(name)).statusCode()).isEqualTo(201);
        String eventId = await(() -> eventIdOf(name));
        await(() -> activityEntry(admin, eventId));

        ConsumerRecord<String, String> original = readFromTopic(eventId);
        assertThat(original.key()).as("keyed by aggregate id").isEqualTo(ApiSession.parse(original.value()).get("aggregateId").asString());
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(topic, original.key(), original.value())).get();
        }
        // a later event through the same partition proves the duplicate has been consumed
        String marker = "Marker " + UUID.randomUUID();
        assertThat(admin.post("/api/tenant/members", member(marker)).statusCode()).isEqualTo(201);
        String markerId = await(() -> eventIdOf(marker));
        await(() -> activityEntry(admin, markerId));

        assertThat(activityRows(eventId)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from kafka_processed_event where consumer = 'activity-feed' and event_id = ?").param(eventId)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void publisherResumesFromItsTokenAfterAStop() throws Exception {
        ApiSession admin = ApiSession.login("larande-admin");
        EventProcessor publisher = processing.eventProcessor("kafka-publisher").orElseThrow();
        publisher.shutdownAsync().get();
        try {
            String name = "While stopped " + UUID.randomUUID();
            assertThat(admin.post("/api/tenant/members", member(name)).statusCode()).isEqualTo(201);
            String eventId = eventIdOf(name);
            assertThat(eventId).isNotNull();
            Thread.sleep(1500);
            assertThat(activityRows(eventId)).as("nothing is published while the publisher is stopped").isZero();

            publisher.start();
            await(() -> activityEntry(admin, eventId));
            assertThat(activityRows(eventId)).isEqualTo(1);
        } finally {
            publisher.start();
        }
        assertThat(jdbc.sql("select count(*) from token_entry where processor_name = 'kafka-publisher' and token is not null")
                .query(Long.class).single()).isPositive();
    }

    private static String member(String name) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + UUID.randomUUID() + "@example.org\",\"roles\":[\"USER\"]}";
    }

    private String eventIdOf(String name) {
        return jdbc.sql("""
                        select event_identifier from domain_event_entry
                         where payload_type like '%MemberAddedEvent' and convert_from(payload, 'UTF8') like ?""")
                .param("%" + name + "%").query(String.class).optional().orElse(null);
    }

    private long activityRows(String eventId) {
        return jdbc.sql("select count(*) from activity_entry where event_id = ?").param(eventId).query(Long.class).single();
    }

    private static JsonNode activityEntry(ApiSession session, String eventId) {
        for (JsonNode entry : session.json("/api/tenant/activity")) {
            if (entry.get("eventId").asString().equals(eventId)) {
                return entry;
            }
        }
        return null;
    }

    private ConsumerRecord<String, String> readFromTopic(String eventId) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(eventId)) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("Event " + eventId + " is not on " + topic);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new StringSerializer());
    }

    private static <T> T await(Supplier<T> probe) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Timed out waiting");
    }

}

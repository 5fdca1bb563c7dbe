package se.inkopsstod.platform.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.NeedEditor;
import se.inkopsstod.testing.PostgresServer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped in the middle of a stream of edits and started again: meanwhile the app
 * reports itself unhealthy and answers edits with a clear 503; afterwards it recovers by itself,
 * every acknowledged edit is stored once and reaches the Kafka-fed activity feed once.
 */
@InkopsstodIntegrationTest
class PostgresRestartIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${inkopsstod.kafka.topics.domain-events}")
    String domainEvents;

    @Test
    void theAppSaysItIsUnhealthyWhilePostgresIsDownAndRecoversWithEveryAcknowledgedEditIntact() throws Exception {
        PostgresServer postgres = PostgresServer.of(jdbc);
        ApiSession buyer = ApiSession.login("alvstad-buyer2");
        ApiSession monitor = ApiSession.anonymous();
        String tenant = buyer.json("/api/me").get("tenant").get("id").asString();
        NeedEditor editor = NeedEditor.start(buyer, "Omstart", 50);
        pause(1_500);
        int beforeTheStop = editor.acknowledged().size();

        postgres.stop();
        long stopped = System.nanoTime();
        int healthWhileDown = awaitHealth(monitor, 503, 20_000);
        // a message that reaches the Kafka-fed feed while it cannot write: it must wait, not be skipped
        String deliveredWhileDown = UUID.randomUUID().toString();
        kafka.send(domainEvents, deliveredWhileDown, """
                {"eventId":"%s","eventType":"NeedEditedEvent","revision":"1","aggregateType":"Need","aggregateId":"%s",
                 "sequenceNumber":1,"globalIndex":0,"tenantId":"%s","occurredAt":"%s","metadata":{"userName":"Kafka"},"payload":{},
                 "audience":"TEAM"}"""
                .formatted(deliveredWhileDown, UUID.randomUUID(), tenant, java.time.Instant.now())).get();
        pause(3_000);
        int acknowledgedWhileDown = editor.acknowledged().size() - beforeTheStop;
        postgres.start();
        long downFor = (System.nanoTime() - stopped) / 1_000_000;
        int healthAfter = awaitHealth(monitor, 200, 60_000);
        int atRecovery = editor.acknowledged().size();
        pause(2_000);
        editor.stop();

        List<String> acknowledged = editor.acknowledged();
        List<NeedEditor.Attempt> refused = editor.refused();
        assertThat(beforeTheStop).as("edits acknowledged before the stop").isPositive();
        assertThat(healthWhileDown).as("health while PostgreSQL is down").isEqualTo(503);
        assertThat(healthAfter).as("health after it is back, without a restart of the app").isEqualTo(200);
        assertThat(acknowledged.size()).as("edits acknowledged after the recovery").isGreaterThan(atRecovery);
        assertThat(refused).as("edits refused meanwhile").isNotEmpty().allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.body()).contains("\"code\":\"unavailable\"").contains("not saved");
        });

        List<String> stored = editor.storedStatements(buyer);
        assertThat(stored).as("every acknowledged edit is stored").containsAll(acknowledged);
        assertThat(stored).as("none twice").doesNotHaveDuplicates();
        assertThat(stored.size() - acknowledged.size()).as("stored without an acknowledgement: at most those refused")
                .isBetween(0, refused.size());
        long recovered = System.currentTimeMillis();
        int fed = editor.awaitFeed(jdbc, Duration.ofSeconds(90));
        System.out.printf("PostgreSQL restart: down %d ms, %d edits acknowledged (%d while down), %d refused with 503, "
                        + "Kafka-fed feed complete %d ms after the recovery%n", downFor, acknowledged.size(), acknowledgedWhileDown,
                refused.size(), System.currentTimeMillis() - recovered);
        assertThat(fed).as("the Kafka-fed activity feed has each event of the need once").isEqualTo(editor.storedEvents(jdbc));
        assertThat(jdbc.queryForObject("select count(*) from activity_entry where event_id = ?", Integer.class, deliveredWhileDown))
                .as("the message delivered while PostgreSQL was down is in the feed").isEqualTo(1);
    }

    /** Polls /actuator/health until it answers {@code status}; returns the last status seen. */
    private static int awaitHealth(ApiSession monitor, int status, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        int seen = -1;
        while (System.currentTimeMillis() < deadline) {
            try {
                seen = monitor.get("/actuator/health").statusCode();
            } catch (RuntimeException noAnswer) {
                seen = -1;
            }
            if (seen == status) {
                return seen;
            }
            pause(200);
        }
        return seen;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

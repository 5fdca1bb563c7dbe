package se.inkopsstod.platform.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.PostgresServer;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

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
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Omstart %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}""".formatted(UUID.randomUUID()))
                .body()).get("id").asString();
        String needs = "/api/procurements/" + procurement + "/needs";
        String tenant = buyer.json("/api/me").get("tenant").get("id").asString();
        String need = ApiSession.parse(buyer.post(needs, """
                {"statement":"Start","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body()).get("id").asString();

        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread editor = new Thread(() -> {
            long version = 1;
            for (int i = 0; running.get(); i++) {
                String text = "Edit " + i;
                HttpResponse<String> answer = buyer.write("PATCH", needs + "/" + need,
                        "{\"baseVersion\":" + version + ",\"changes\":{\"statement\":\"" + text + "\"}}", "application/json");
                if (answer.statusCode() == 200) {
                    version = ApiSession.parse(answer.body()).get("version").asLong();
                    acknowledged.add(text);
                } else {
                    refused.add(answer.statusCode() + " " + answer.body());
                }
                pause(50);
            }
        });
        editor.start();
        pause(1_500);
        int beforeTheStop = acknowledged.size();

        postgres.stop();
        long stopped = System.nanoTime();
        int healthWhileDown = awaitHealth(monitor, 503, 20_000);
        // a message that reaches the Kafka-fed feed while it cannot write: it must wait, not be skipped
        String deliveredWhileDown = UUID.randomUUID().toString();
        kafka.send(domainEvents, deliveredWhileDown, """
                {"eventId":"%s","eventType":"NeedEditedEvent","revision":"1","aggregateType":"Need","aggregateId":"%s",
                 "sequenceNumber":1,"globalIndex":0,"tenantId":"%s","occurredAt":"%s","metadata":{"userName":"Kafka"},"payload":{}}"""
                .formatted(deliveredWhileDown, UUID.randomUUID(), tenant, java.time.Instant.now())).get();
        pause(3_000);
        int acknowledgedWhileDown = acknowledged.size();
        postgres.start();
        long downFor = (System.nanoTime() - stopped) / 1_000_000;
        int healthAfter = awaitHealth(monitor, 200, 60_000);
        int atRecovery = acknowledged.size();
        pause(2_000);
        running.set(false);
        editor.join();

        assertThat(beforeTheStop).as("edits acknowledged before the stop").isPositive();
        assertThat(healthWhileDown).as("health while PostgreSQL is down").isEqualTo(503);
        assertThat(healthAfter).as("health after it is back, without a restart of the app").isEqualTo(200);
        assertThat(acknowledged.size()).as("edits acknowledged after the recovery").isGreaterThan(atRecovery);
        assertThat(refused).as("edits refused meanwhile").isNotEmpty()
                .allSatisfy(answer -> assertThat(answer).startsWith("503").contains("\"code\":\"unavailable\"")
                        .contains("not saved"));

        List<String> stored = statementsInHistory(buyer, needs + "/" + need);
        assertThat(stored).as("every acknowledged edit is stored").containsAll(acknowledged);
        assertThat(stored).as("none twice").doesNotHaveDuplicates();
        assertThat(stored.size() - acknowledged.size()).as("stored without an acknowledgement: at most those refused")
                .isBetween(0, refused.size());
        Integer events = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Integer.class, need);
        long deadline = System.currentTimeMillis() + 90_000;
        Integer fed = 0;
        while (System.currentTimeMillis() < deadline && !events.equals(fed)) {
            pause(300);
            fed = jdbc.queryForObject("select count(*) from activity_entry where aggregate_id = ?", Integer.class, need);
        }
        System.out.printf("PostgreSQL restart: down %d ms, %d edits acknowledged (%d while down), %d refused with 503, "
                        + "Kafka-fed feed complete %d ms after the health check passed%n", downFor, acknowledged.size(),
                acknowledgedWhileDown - beforeTheStop, refused.size(), 90_000 - (deadline - System.currentTimeMillis()));
        assertThat(fed).as("the Kafka-fed activity feed has each event of the need once").isEqualTo(events);
        assertThat(jdbc.queryForObject("select count(*) from activity_entry where event_id = ?", Integer.class, deliveredWhileDown))
                .as("the message delivered while PostgreSQL was down is in the feed").isEqualTo(1);
    }

    private static List<String> statementsInHistory(ApiSession session, String path) {
        List<String> stored = new ArrayList<>();
        for (JsonNode entry : session.json(path + "/history")) {
            for (JsonNode change : entry.get("changes")) {
                if (change.get("field").asString().equals("statement")) {
                    stored.add(change.get("to").asString());
                }
            }
        }
        return stored;
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

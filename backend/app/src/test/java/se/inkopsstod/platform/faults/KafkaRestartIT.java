package se.inkopsstod.platform.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.inkopsstod.devstack.EmbeddedKafkaService;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.TopicReader;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka broker is stopped in the middle of a stream of edits and started again: edits go on
 * meanwhile (Kafka is downstream of the event store), the publisher resumes where it stopped, and
 * every event reaches the topic and the Kafka-fed activity feed, the feed once.
 */
@InkopsstodIntegrationTest
class KafkaRestartIT {

    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Value("${inkopsstod.kafka.topics.domain-events}")
    String topic;

    @Test
    void editsGoOnWhileKafkaIsDownAndEveryEventArrivesOnceItIsBack() throws Exception {
        EmbeddedKafkaService kafka = DevStackInitializer.stack().embeddedKafka().orElseThrow();
        ApiSession buyer = ApiSession.login("fjallby-buyer2");
        String procurement = ApiSession.parse(buyer.post("/api/procurements", """
                {"title":"Kafka borta %s","category":"assessment","procedure":"OPEN","estimatedValueSek":100000}"""
                .formatted(UUID.randomUUID())).body()).get("id").asString();
        String needs = "/api/procurements/" + procurement + "/needs";
        String need = ApiSession.parse(buyer.post(needs, """
                {"statement":"Start","perspective":"teacher","schoolProcess":"assessment","priority":"LOW"}""").body()).get("id").asString();

        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread editor = new Thread(() -> {
            long version = 1;
            for (int i = 0; running.get(); i++) {
                HttpResponse<String> answer = buyer.write("PATCH", needs + "/" + need,
                        "{\"baseVersion\":" + version + ",\"changes\":{\"statement\":\"Edit " + i + "\"}}", "application/json");
                answers.add(answer.statusCode());
                if (answer.statusCode() == 200) {
                    version = ApiSession.parse(answer.body()).get("version").asLong();
                }
                pause(50);
            }
        });
        editor.start();
        pause(1_000);
        kafka.stopBroker();
        int beforeTheStop = answers.size();
        pause(5_000);
        int whileDown = answers.size() - beforeTheStop;
        kafka.startBroker();
        long restarted = System.currentTimeMillis();
        pause(1_000);
        running.set(false);
        editor.join();

        assertThat(whileDown).as("edits answered while Kafka was down").isGreaterThan(10);
        assertThat(answers).as("every edit acknowledged, Kafka or not").containsOnly(200);

        List<String> stored = jdbc.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = ?",
                String.class, need);
        long deadline = restarted + 90_000;
        Integer fed = 0;
        while (System.currentTimeMillis() < deadline && fed != stored.size()) {
            pause(300);
            fed = jdbc.queryForObject("select count(*) from activity_entry where aggregate_id = ?", Integer.class, need);
        }
        System.out.printf("Kafka restart: %d edits, %d while the broker was down; the Kafka-fed feed complete %d ms after the restart%n",
                answers.size(), whileDown, System.currentTimeMillis() - restarted);
        assertThat(fed).as("the Kafka-fed activity feed has each event of the need once").isEqualTo(stored.size());

        Set<String> onTheTopic = TopicReader.readAll(bootstrapServers, topic).stream()
                .filter(message -> message.contains(need))
                .map(message -> message.replaceFirst("(?s)^.*?\"eventId\":\"([^\"]+)\".*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(onTheTopic).as("every stored event is on the topic").containsAll(stored);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

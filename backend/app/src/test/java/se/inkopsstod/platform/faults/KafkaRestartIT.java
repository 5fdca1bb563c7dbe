package se.inkopsstod.platform.faults;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import se.inkopsstod.devstack.EmbeddedKafkaService;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import se.inkopsstod.testing.NeedEditor;
import se.inkopsstod.testing.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.Set;
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
        NeedEditor editor = NeedEditor.start(ApiSession.login("fjallby-buyer2"), "Kafka borta", 50);
        Thread.sleep(1_000);
        kafka.stopBroker();
        int beforeTheStop = editor.attempts().size();
        Thread.sleep(5_000);
        int whileDown = editor.attempts().size() - beforeTheStop;
        kafka.startBroker();
        long restarted = System.currentTimeMillis();
        Thread.sleep(1_000);
        editor.stop();

        assertThat(whileDown).as("edits answered while Kafka was down").isGreaterThan(10);
        assertThat(editor.refused()).as("every edit acknowledged, Kafka or not").isEmpty();

        int fed = editor.awaitFeed(jdbc, Duration.ofSeconds(90));
        System.out.printf("Kafka restart: %d edits, %d while the broker was down; the Kafka-fed feed complete %d ms after the restart%n",
                editor.attempts().size(), whileDown, System.currentTimeMillis() - restarted);
        List<String> stored = jdbc.queryForList("select event_identifier from domain_event_entry where aggregate_identifier = ?",
                String.class, editor.need());
        assertThat(fed).as("the Kafka-fed activity feed has each event of the need once").isEqualTo(stored.size());
        Set<String> onTheTopic = TopicReader.readAll(bootstrapServers, topic).stream()
                .filter(message -> message.contains(editor.need()))
                .map(message -> message.replaceFirst("(?s)^.*?\"eventId\":\"([^\"]+)\".*$", "$1"))
                .collect(Collectors.toSet());
        assertThat(onTheTopic).as("every stored event is on the topic").containsAll(stored);
    }
}

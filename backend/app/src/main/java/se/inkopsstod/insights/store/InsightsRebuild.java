package se.inkopsstod.insights.store;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.platform.kafka.KafkaTopicsProperties;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the insights read models from scratch by replaying both insights topics from their
 * first offset, in one transaction: readers see the old figures until the new ones are complete.
 */
@Component
public class InsightsRebuild {

    private final ConsumerFactory<String, String> consumers;
    private final KafkaTopicsProperties topics;
    private final InsightsStore store;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    InsightsRebuild(ConsumerFactory<String, String> consumers, KafkaTopicsProperties topics, InsightsStore store,
                    TransactionTemplate transaction, JsonMapper json) {
        this.consumers = consumers;
        this.topics = topics;
        this.store = store;
        this.transaction = transaction;
        this.json = json;
    }

    /** @return how many messages were replayed */
    public long rebuild() {
        Long replayed = transaction.execute(status -> {
            store.clear();
            long count = 0;
            try (Consumer<String, String> consumer = consumers.createConsumer("insights-rebuild", "rebuild")) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of(topics.insightsOutcomes(), topics.insightsLessons())) {
                    for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                        partitions.add(new TopicPartition(topic, info.partition()));
                    }
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
                while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                        InsightsConsumer.apply(json, store, record.value());
                        count++;
                    }
                }
            }
            return count;
        });
        return replayed == null ? 0 : replayed;
    }
}

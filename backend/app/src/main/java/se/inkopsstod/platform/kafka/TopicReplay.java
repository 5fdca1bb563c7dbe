package se.inkopsstod.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Reads topics from their first offset to their end as it is when the replay starts, for
 * rebuilding a Kafka-fed read model from scratch. No consumer group offsets are touched: the
 * read model's own listener goes on from where it was.
 */
@Component
public class TopicReplay {

    private final ConsumerFactory<String, String> consumers;

    TopicReplay(ConsumerFactory<String, String> consumers) {
        this.consumers = consumers;
    }

    /** @return how many messages were handed to {@code apply} */
    public long replay(String name, List<String> topics, java.util.function.Consumer<String> apply) {
        return replayInBatches(name, topics, batch -> batch.forEach(apply));
    }

    /** As {@link #replay}, a poll's messages at a time (for batched writes). */
    public long replayInBatches(String name, List<String> topics, java.util.function.Consumer<List<String>> apply) {
        long count = 0;
        try (org.apache.kafka.clients.consumer.Consumer<String, String> consumer = consumers.createConsumer(name, name, null,
                replayProperties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) {
                    partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                List<String> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    batch.add(record.value());
                }
                if (!batch.isEmpty()) {
                    apply.accept(batch);
                    count += batch.size();
                }
            }
        }
        return count;
    }

    /** A replay reads as fast as it can: large polls, large fetches (the listeners keep Kafka's defaults). */
    private static Properties replayProperties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(8 * 1024 * 1024));
        // closing waits for the fetch in flight, which the broker holds this long when nothing is left
        properties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        return properties;
    }
}

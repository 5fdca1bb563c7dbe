package se.inkopsstod.insights.store;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.platform.kafka.KafkaTopicsProperties;
import se.inkopsstod.platform.kafka.TopicReplay;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Rebuilds the insights read models from scratch by replaying both insights topics from their
 * first offset, in one transaction: readers see the old figures until the new ones are complete.
 */
@Component
public class InsightsRebuild {

    private final TopicReplay replay;
    private final KafkaTopicsProperties topics;
    private final InsightsStore store;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    InsightsRebuild(TopicReplay replay, KafkaTopicsProperties topics, InsightsStore store, TransactionTemplate transaction,
                    JsonMapper json) {
        this.replay = replay;
        this.topics = topics;
        this.store = store;
        this.transaction = transaction;
        this.json = json;
    }

    /** @return how many messages were replayed */
    public long rebuild() {
        Long replayed = transaction.execute(status -> {
            store.clear();
            return replay.replay("insights-rebuild", List.of(topics.insightsOutcomes(), topics.insightsLessons()),
                    message -> InsightsConsumer.apply(json, store, message));
        });
        return replayed == null ? 0 : replayed;
    }
}

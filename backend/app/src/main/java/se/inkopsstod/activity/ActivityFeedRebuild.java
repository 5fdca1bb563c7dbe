package se.inkopsstod.activity;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.inkopsstod.platform.kafka.KafkaTopicsProperties;
import se.inkopsstod.platform.kafka.TopicReplay;

import java.util.List;

/**
 * Rebuilds the activity feed from scratch by replaying the domain-event topic from its first
 * offset, in one transaction: readers see the old feed until the new one is complete. Used after
 * a restore (docs/operations.md) and by the benchmark to measure the rebuild rate.
 */
@Component
public class ActivityFeedRebuild {

    private final TopicReplay replay;
    private final KafkaTopicsProperties topics;
    private final ActivityFeedProjection projection;
    private final TransactionTemplate transaction;

    ActivityFeedRebuild(TopicReplay replay, KafkaTopicsProperties topics, ActivityFeedProjection projection,
                        TransactionTemplate transaction) {
        this.replay = replay;
        this.topics = topics;
        this.projection = projection;
        this.transaction = transaction;
    }

    /** @return how many messages were replayed */
    public long rebuild() {
        Long replayed = transaction.execute(status -> {
            projection.clear();
            return replay.replayInBatches("activity-feed-rebuild", List.of(topics.domainEvents()), projection::applyAll);
        });
        return replayed == null ? 0 : replayed;
    }
}

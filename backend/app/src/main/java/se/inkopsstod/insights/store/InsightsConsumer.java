package se.inkopsstod.insights.store;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import se.inkopsstod.outcomes.contract.LessonShared;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import tools.jackson.databind.json.JsonMapper;

/** Feeds the insights read models from the insights topics, and nothing else. */
@Component
class InsightsConsumer {

    static final String GROUP = "insights";
    private static final Logger log = LoggerFactory.getLogger(InsightsConsumer.class);

    private final InsightsStore store;
    private final JsonMapper json;

    InsightsConsumer(InsightsStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @KafkaListener(id = GROUP, groupId = GROUP,
            topics = {"${inkopsstod.kafka.topics.insights-outcomes}", "${inkopsstod.kafka.topics.insights-lessons}"})
    void on(ConsumerRecord<String, String> record) {
        apply(json, store, record.value());
    }

    /** Applies one message by its schema; one that this version does not know is skipped with a warning. */
    static void apply(JsonMapper json, InsightsStore store, String message) {
        String schema = json.readTree(message).path("schema").asString("");
        if (OutcomeShared.SCHEMA.equals(schema)) {
            store.apply(json.readValue(message, OutcomeShared.class));
        } else if (LessonShared.SCHEMA.equals(schema)) {
            store.apply(json.readValue(message, LessonShared.class));
        } else {
            log.warn("Skipping an insights message of unknown schema '{}'", schema);
        }
    }
}

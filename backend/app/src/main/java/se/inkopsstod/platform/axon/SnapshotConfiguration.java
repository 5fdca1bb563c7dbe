package se.inkopsstod.platform.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;

/**
 * Snapshots of the co-edited items (needs, requirements, questions): an item edited a thousand
 * times is loaded from its newest snapshot and the few events after it, not replayed from its
 * first event. Aggregates opt in with {@code @Aggregate(snapshotTriggerDefinition = "itemSnapshots")}.
 * <p>
 * A snapshot is the aggregate's own fields as JSON (aggregates have no getters). A snapshot that
 * no longer fits the class (a field renamed since it was taken) is passed over by
 * {@link #readableOnly}, and the item is replayed from its events: a stale snapshot costs time,
 * never a failed edit.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotConfiguration.class);

    /** Referenced by name from the aggregates' {@code @Aggregate} annotation. */
    @Bean
    SnapshotTriggerDefinition itemSnapshots(Snapshotter snapshotter,
                                            @Value("${inkopsstod.event-store.snapshot-after-events:50}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    /**
     * Axon reads a snapshot's payload only when the aggregate is built from it, too late to fall
     * back to the events; so the filter reads it first and passes over what does not fit.
     */
    static SnapshotFilter readableOnly(Serializer snapshotSerializer) {
        return snapshot -> {
            try {
                snapshotSerializer.deserialize(snapshot.getPayload());
                return true;
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("Snapshot of {} {} no longer fits its class ({}); replaying its events instead",
                        snapshot.getType(), snapshot.getAggregateIdentifier(), e.getMessage());
                return false;
            }
        };
    }

    /**
     * Not a bean: a second {@link Serializer} bean would make Axon's auto-configured ones back off.
     */
    static Serializer snapshotSerializer(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                .revisionResolver(revisionResolver)
                .jsonMapperBuilderCustomizer(json -> json
                        .changeDefaultVisibility(visibility -> visibility
                                .withFieldVisibility(Visibility.ANY)
                                .withGetterVisibility(Visibility.NONE)
                                .withIsGetterVisibility(Visibility.NONE)
                                .withSetterVisibility(Visibility.NONE))
                        // the aggregates' collections are final fields, filled by their event handlers
                        .enable(MapperFeature.ALLOW_FINAL_FIELDS_AS_MUTATORS)
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }
}

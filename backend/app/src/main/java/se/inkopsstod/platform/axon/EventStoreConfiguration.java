package se.inkopsstod.platform.axon;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.TimeUnit;

/**
 * The event store. Consumers that tail it (tracking processors, the live workspace feed) hear
 * of this instance's commits at once; commits of other instances they find by polling, every
 * {@code inkopsstod.event-store.fetch-delay-ms} (Axon's default of 1 s would make an edit take up
 * to a second to reach browsers connected to another instance).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    /**
     * Axon's JDBC storage engine, declared here because Axon's auto-configuration backs off once
     * the application defines its own event store. Same settings as Axon's, with our schema and the snapshot serializer of {@link SnapshotConfiguration}.
     */
    @Bean
    EventStorageEngine eventStorageEngine(RevisionResolver revisionResolver, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager, EventSchema eventSchema,
                                          @Value("${inkopsstod.event-store.gap-timeout-ms:60000}") int gapTimeoutMs) {
        Serializer snapshotSerializer = SnapshotConfiguration.snapshotSerializer(revisionResolver);
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter().combine(SnapshotConfiguration.readableOnly(snapshotSerializer)))
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                // a global index taken by a transaction still running is a gap, not a skip: tracking
                // processors look for it again until it commits or this long has passed (longer than
                // the 30 s statement timeout, so a slow writer's event is never skipped)
                .gapTimeout(gapTimeoutMs)
                .build();
    }

    @Bean
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${inkopsstod.event-store.fetch-delay-ms:100}") long fetchDelayMs) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelayMs)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }
}

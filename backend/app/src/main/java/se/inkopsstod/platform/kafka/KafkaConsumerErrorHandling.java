package se.inkopsstod.platform.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;
import se.inkopsstod.platform.database.DatabaseUnreachable;

/**
 * What the Kafka-fed read models do when a message cannot be applied. Spring Kafka's default
 * retries ten times at once and then skips the message: a PostgreSQL restart of a few seconds
 * would leave holes in the read models. Here a message that failed because the database could not
 * be reached is retried, with a back-off of up to 10 s, until it is applied; the partition waits,
 * nothing is skipped. Any other failure is a message the read model cannot take (malformed, or a
 * bug): three tries a second apart, then it is logged with its position and skipped, so one bad
 * message does not stop every tenant's read model.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConsumerErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(KafkaConsumerErrorHandling.class);

    @Bean
    DefaultErrorHandler kafkaErrorHandler() {
        DefaultErrorHandler handler = new DefaultErrorHandler(
                (record, failure) -> log.error("Skipped message {}-{}@{} that could not be applied", record.topic(),
                        record.partition(), record.offset(), failure),
                new FixedBackOff(1_000, 2));
        handler.setBackOffFunction((record, failure) -> backOffFor(failure));
        return handler;
    }

    /** Without end while the database cannot be reached; otherwise null: the handler's three tries. */
    static BackOff backOffFor(Exception failure) {
        if (!DatabaseUnreachable.causedBy(failure)) {
            return null;
        }
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        return backOff; // no limit on attempts or elapsed time
    }
}

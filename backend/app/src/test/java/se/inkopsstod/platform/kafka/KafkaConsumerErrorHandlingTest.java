package se.inkopsstod.platform.kafka;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import tools.jackson.core.exc.StreamReadException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Kafka-fed read model waits out a database outage of any length, message by message, instead
 * of skipping what it could not write; a message it can never apply is not retried for ever.
 */
class KafkaConsumerErrorHandlingTest {

    @Test
    void aMessageThatFailedForWantOfADatabaseIsRetriedWithoutEndAtMostTenSecondsApart() {
        BackOff backOff = KafkaConsumerErrorHandling.backOffFor(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection", new SQLTransientConnectionException("pool timed out"))));
        assertThat(backOff).isNotNull();
        BackOffExecution execution = backOff.start();
        long waited = 0;
        for (int attempt = 0; attempt < 1_000; attempt++) {
            long next = execution.nextBackOff();
            assertThat(next).as("attempt %d", attempt).isNotEqualTo(BackOffExecution.STOP).isLessThanOrEqualTo(10_000);
            waited += next;
        }
        assertThat(waited).as("a thousand tries span hours of outage").isGreaterThan(3_600_000);
    }

    @Test
    void aMessageThatCannotBeAppliedGetsTheHandlersFewTries() {
        assertThat(KafkaConsumerErrorHandling.backOffFor(new ListenerExecutionFailedException("listener failed",
                new StreamReadException(null, "Unexpected character")))).isNull();
    }
}

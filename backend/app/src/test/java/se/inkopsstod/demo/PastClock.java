package se.inkopsstod.demo;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Stamps the events of the demo history at past moments. Axon takes an event's timestamp from
 * {@link GenericEventMessage#clock}; the seeder runs alone at start-up, before anyone can log in,
 * and always puts the system clock back.
 */
final class PastClock implements AutoCloseable {

    private final Clock original = GenericEventMessage.clock;

    void at(Instant moment) {
        GenericEventMessage.clock = Clock.fixed(moment, ZoneOffset.UTC);
    }

    @Override
    public void close() {
        GenericEventMessage.clock = original;
    }
}

package se.inkopsstod.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in integration tests: real time, moved forward when a test needs a
 * deadline to have passed. Tests that move it put it back ({@link #reset()}) before they end.
 */
public final class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    /** From now on the application believes it is {@code by} later than it is. */
    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}

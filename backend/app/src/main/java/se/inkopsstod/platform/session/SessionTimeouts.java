package se.inkopsstod.platform.session;

import java.time.Duration;
import java.time.Instant;

/**
 * When a session is over: after its idle timeout without a request, or at its absolute timeout
 * after it was created, whichever comes first. And when a mere access is worth a write.
 *
 * @param absolute      the longest a session lives, however busy
 * @param touchInterval the least time between two writes of only the access time
 */
record SessionTimeouts(Duration absolute, Duration touchInterval) {

    /** The earlier of {@code lastAccessed + maxIdle} and {@code created + absolute}. */
    Instant expiresAt(Instant created, Instant lastAccessed, Duration maxIdle) {
        Instant idleEnd = lastAccessed.plus(maxIdle);
        Instant absoluteEnd = created.plus(absolute);
        return idleEnd.isBefore(absoluteEnd) ? idleEnd : absoluteEnd;
    }

    boolean isExpired(Instant now, Instant created, Instant lastAccessed, Duration maxIdle) {
        return !now.isBefore(expiresAt(created, lastAccessed, maxIdle));
    }

    /** The stored access time is old enough that this access should be written. */
    boolean touchDue(Instant storedLastAccessed, Instant lastAccessed) {
        return Duration.between(storedLastAccessed, lastAccessed).compareTo(touchInterval) >= 0;
    }
}

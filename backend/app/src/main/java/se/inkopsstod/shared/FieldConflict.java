package se.inkopsstod.shared;

import java.time.Instant;

/**
 * One field two people changed at once: what the later editor wanted, what it is now, and who
 * made it so, when.
 */
public record FieldConflict(String field, Object yours, Object current, Person changedBy, Instant changedAt) {

    /** Who changed it. */
    public record Person(String id, String name) {
    }
}

package se.inkopsstod.shared;

import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Which try of a command this is. Aggregates may be served from this instance's cache, which
 * another instance's write makes stale without telling it; a stale copy that writes collides on
 * the event's sequence number, is dropped and the command is tried again on a fresh one. A stale
 * copy that would write nothing (the value already there, a version it has not seen) cannot
 * collide, so the handler asks for a fresh copy itself with {@link #requireFresh} before it says so.
 */
public final class CommandAttempt {

    /** The metadata key under which the sender puts the try's number (0 for the first). */
    public static final String METADATA_KEY = "attempt";

    private CommandAttempt() {
    }

    /**
     * On the first try, rolls back so the command runs again on a copy read from the event store;
     * on a later try (the copy is fresh) returns, and the handler's answer stands.
     */
    public static void requireFresh(Integer attempt) {
        if (attempt == null || attempt == 0) {
            throw new StaleCopyException();
        }
    }

    /** The aggregate may have been a stale cached copy: try again on a fresh one. */
    public static final class StaleCopyException extends ConcurrencyException {
        StaleCopyException() {
            super("The aggregate may have been a stale cached copy; trying again on a fresh one");
        }
    }
}

package se.inkopsstod.activity;

import java.time.Instant;

/**
 * One line of the activity feed. {@code what} says what happened in the caller's language (one
 * sentence per event type, {@code messages/activity*.properties}); {@code summary} names what the
 * event is about where it has a name or title (a member, a procurement), else it is empty.
 */
record ActivityEntry(String eventId, String type, Instant occurredAt, String actorName, String what, String summary) {

    ActivityEntry withWhat(String what) {
        return new ActivityEntry(eventId, type, occurredAt, actorName, what, summary);
    }
}

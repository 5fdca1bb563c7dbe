package se.inkopsstod.activity;

import java.time.Instant;

/** One line of the activity feed. {@code summary} names what the event is about, e.g. a member's name. */
record ActivityEntry(String eventId, String type, Instant occurredAt, String actorName, String summary) {
}

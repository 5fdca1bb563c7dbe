package se.inkopsstod.shared;

/**
 * Who may hear of an event beyond the aggregate that wrote it. Declared on every event class with
 * {@link SeenBy}; the domain-event topic, the activity feed and both live streams filter by it,
 * never by event names. Ordered from most closed to most open.
 */
public enum Audience {
    /** Tender content before opening: never leaves the event store (not Kafka, no feed, no stream). */
    SEALED,
    /** One person's own answer (the follow-up survey): never leaves the event store either. */
    PERSONAL,
    /** The procurement's team and the tenant's buyers and administrators. */
    TEAM,
    /** Every member of the tenant (its members, roles and schools). */
    TENANT,
    /** Published to every invited vendor at once (and seen by the team). */
    VENDORS,
    /** The platform's own records (vendor organisations, staff, the shared library). */
    PLATFORM;

    /** May this event leave the event store at all (the domain-event topic, feeds, streams)? */
    public boolean leavesTheStore() {
        return this != SEALED && this != PERSONAL;
    }

    /** The audience an event class declares; an undeclared one is treated as sealed. */
    public static Audience of(Class<?> eventType) {
        SeenBy seenBy = eventType.getAnnotation(SeenBy.class);
        return seenBy == null ? SEALED : seenBy.value();
    }
}

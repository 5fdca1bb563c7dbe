package se.inkopsstod.procurement.api;

import java.time.Instant;

/**
 * A deadline of a published tender: the last day for questions and the day answers are due end at
 * midnight Swedish time of that day ({@code at} is that moment); the tender deadline is its own.
 */
public record UpcomingDeadline(String procurementId, Kind kind, Instant at) {

    public enum Kind {
        /** Vendors ask until then. */
        LAST_QUESTION_DAY,
        /** The team publishes its answers until then (LOU: 6 days, or 4 if accelerated, before the deadline). */
        ANSWERS_DUE,
        /** Vendors submit until then. */
        TENDER_DEADLINE
    }
}

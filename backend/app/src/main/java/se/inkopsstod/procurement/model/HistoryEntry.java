package se.inkopsstod.procurement.model;

import java.time.Instant;
import java.util.List;

/** One event in an item's timeline: who did what, when, and which values changed from what to what. */
public record HistoryEntry(long version, Instant at, By by, String type, List<Change> changes) {

    /** Who did it; the system for automatic steps. */
    public record By(String id, String name) {
    }

    /** A field's old and new value. */
    public record Change(String field, Object from, Object to) {
    }
}

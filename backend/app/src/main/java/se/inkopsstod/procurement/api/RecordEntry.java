package se.inkopsstod.procurement.api;

import java.time.Instant;
import java.util.List;

/**
 * One thing that happened, as the documentation record states it: when, by whom (null when the system did it
 * or the edition must not name the person), what, and the details that make it checkable (texts as they were,
 * values before and after, reasons).
 */
public record RecordEntry(Instant at, String by, String what, List<String> details) {

    public RecordEntry {
        details = List.copyOf(details);
    }
}

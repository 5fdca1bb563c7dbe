package se.inkopsstod.procurement.vendors;

import se.inkopsstod.procurement.model.HistoryEntry;

import java.time.Instant;
import java.util.List;

/**
 * An amendment as everyone invited sees it: what changed in which requirement, and why.
 * {@code closeToDeadline}: made after the day answers were due.
 */
public record AmendmentView(int number, Instant at, int setVersion, String requirementId, boolean withdrawn,
                            List<HistoryEntry.Change> changes, String reason, boolean closeToDeadline) {
}

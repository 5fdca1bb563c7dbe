package se.inkopsstod.procurement.api;

import java.time.Instant;

/** A line of the procurement list. */
public record ProcurementSummary(String id, long version, String title, String category, Procedure procedure, Phase phase,
                                 long estimatedValueSek, int teamSize, int needCount, Instant updatedAt) {
}

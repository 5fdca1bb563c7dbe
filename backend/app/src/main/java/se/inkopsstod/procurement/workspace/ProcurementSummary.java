package se.inkopsstod.procurement.workspace;

import se.inkopsstod.procurement.api.Phase;
import se.inkopsstod.procurement.model.Procedure;

import java.time.Instant;

/** A line of the procurement list. */
public record ProcurementSummary(String id, long version, String title, String category, Procedure procedure, Phase phase,
                                 long estimatedValueSek, int teamSize, int needCount, Instant updatedAt) {
}
